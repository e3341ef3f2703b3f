/**
 * Presentation view for a classroom projector. A story or charts-page address
 * with ?present and a #hash naming a figure or a tool (?present#fig-ratchet,
 * ?present#tool-servicing) shows that figure or tool alone, filling the
 * window, in large type (styles in src/styles/present.css). Escape or the
 * "Exit presentation" button return to the page at the same place. A hash
 * that names nothing presentable leaves the page as it is.
 */
import { hashId } from '../lib/hash';

const root = document.documentElement;
const PATH = 'data-present-path';
const TARGET = 'data-present-target';
let current: HTMLElement | null = null;
let exit: HTMLButtonElement | null = null;

function presentable(): HTMLElement | null {
  if (!new URLSearchParams(location.search).has('present')) return null;
  const id = hashId(location.hash) ?? '';
  return (id && document.getElementById(id)?.closest<HTMLElement>('.chart-figure, [data-tool]')) || null;
}

function enter(target: HTMLElement): void {
  current = target;
  target.setAttribute(TARGET, '');
  for (let n = target.parentElement; n && n !== document.body; n = n.parentElement) n.setAttribute(PATH, '');
  exit = document.createElement('button');
  exit.type = 'button';
  exit.className = 'button present-exit';
  exit.textContent = document.querySelector<HTMLElement>('[data-copy-status]')?.dataset.exitPresentation ?? 'Exit';
  exit.addEventListener('click', leave);
  document.body.prepend(exit);
  root.classList.add('presenting');
  scrollTo(0, 0);
}

function leave(): void {
  if (!current) return;
  const target = current;
  current = null;
  root.classList.remove('presenting');
  target.removeAttribute(TARGET);
  for (const n of document.querySelectorAll(`[${PATH}]`)) n.removeAttribute(PATH);
  exit?.remove();
  const url = new URL(location.href);
  url.searchParams.delete('present');
  history.replaceState(history.state, '', url.href);
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

function sync(): void {
  const target = presentable();
  if (target === current) return;
  leave();
  if (target) enter(target);
}

document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && current && !document.querySelector('dialog[open]')) leave();
});
addEventListener('hashchange', sync);
sync();
