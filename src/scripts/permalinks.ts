/**
 * Classroom links and citations, as progressive enhancement:
 * - every `a[data-copy-link]` (a plain "#id" permalink without JavaScript)
 *   copies the full address of its target instead, with the Clipboard API or,
 *   failing that, a selected text field; a polite live region says so;
 * - "Cite this" blocks get today's access date and a copy button per format.
 * Strings come from data attributes on the status region in Base.astro;
 * presentation mode (./present.ts) lives next door.
 */
import { formatCiteDate, localIsoDate, type DateStyle } from '../lib/cite';
import { copyText } from '../lib/clipboard';
import { hashId } from '../lib/hash';
import type { Locale } from '../lib/schema';

const status = document.querySelector<HTMLElement>('[data-copy-status]');
const say = (key: string) => {
  if (!status) return;
  status.textContent = '';
  // A fresh text node after a tick, so the same message is announced again.
  setTimeout(() => (status.textContent = status.dataset[key] ?? ''), 50);
};

function copyWithCommand(): boolean {
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

async function copy(text: string, select: () => void, done: string, selected: string): Promise<boolean> {
  let ok = await copyText(text);
  if (!ok) {
    select();
    ok = copyWithCommand();
  }
  say(ok ? done : selected);
  return ok;
}

function linkFor(a: HTMLAnchorElement): string {
  const url = new URL(location.href);
  url.hash = a.getAttribute('href')!.slice(1);
  if (a.hasAttribute('data-copy-query')) url.searchParams.delete('present');
  else url.search = '';
  return url.href;
}

/** The fallback: the address in a labelled, selected text field after the control, gone when it loses focus. */
function selectField(a: HTMLAnchorElement, text: string): void {
  const field = document.createElement('input');
  field.className = 'copy-link__field';
  field.readOnly = true;
  field.value = text;
  field.setAttribute('aria-label', status?.dataset.linkField ?? '');
  field.addEventListener('blur', () => setTimeout(() => field.remove()));
  a.nextElementSibling?.matches('.copy-link__field') && a.nextElementSibling.remove();
  a.after(field);
  field.focus();
  field.select();
}

function enhanceLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    const kind = a.dataset.copyLink ?? '';
    const label = status?.dataset[`copy${kind.charAt(0).toUpperCase()}${kind.slice(1)}`];
    if (label) a.setAttribute('aria-label', label);
  }
  document.addEventListener('click', (ev) => {
    const target = ev.target as Element | null;
    const a = target?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
    if (a) {
      ev.preventDefault();
      const url = linkFor(a);
      void copy(url, () => selectField(a, url), 'linkCopied', 'linkSelected').then((ok) => {
        if (!ok) return;
        a.classList.add('is-copied');
        setTimeout(() => a.classList.remove('is-copied'), 2000);
      });
      return;
    }
    const button = target?.closest?.<HTMLButtonElement>('button[data-copy-target]');
    const text = button && document.getElementById(button.dataset.copyTarget!);
    if (text) {
      void copy(text.textContent ?? '', () => getSelection()?.selectAllChildren(text), 'citeCopied', 'citeSelected');
    }
  });
}

function enhanceCitations(): void {
  const today = localIsoDate();
  for (const el of document.querySelectorAll<HTMLElement>('[data-cite-access]')) {
    el.textContent = formatCiteDate(el.dataset.citeAccess as DateStyle, (el.closest('[data-cite-lang]') as HTMLElement).dataset.citeLang as Locale, today);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) b.hidden = false;
}

/** A link to a closed "Cite this" panel (…/charts/#cite-ratchet) opens it. */
function openTarget(): void {
  const id = hashId(location.hash);
  const el = id ? document.getElementById(id) : null;
  if (el instanceof HTMLDetailsElement) el.open = true;
}

enhanceLinks();
enhanceCitations();
openTarget();
addEventListener('hashchange', openTarget);
