/**
 * Progressive enhancement of the server-rendered scrolly
 * (src/components/story/Scrolly.astro):
 * - marks the active step and its dot in the graphic (ring, cursor line and
 *   one date label), greys later events, shows "n / total" in the control;
 * - IntersectionObserver and scroll/resize events only *trigger* a
 *   re-computation; the answer comes from step positions
 *   (activeStepIndex), so skipped intersections cannot skip a step;
 * - a #hash naming a step activates that step on load and on hashchange;
 * - Next / Previous buttons and the J / K keys move between steps and put
 *   focus on the step's heading.
 */
import { activeStepIndex, stepTarget } from '../lib/scrolly-state';
import { hashId } from '../lib/hash';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function enhance(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  if (steps.length === 0) return;
  const marks = new Map<string, SVGGElement>();
  const dates: { id: string; date: string }[] = [];
  for (const g of root.querySelectorAll<SVGGElement>('.sg__event')) {
    marks.set(g.dataset.eventId!, g);
    dates.push({ id: g.dataset.eventId!, date: g.dataset.date! });
  }
  const now = root.querySelector<HTMLElement>('[data-scrolly-now]');
  const count = root.querySelector<HTMLElement>('[data-step-count]');
  const cursor = root.querySelector<SVGLineElement>('[data-scrolly-cursor]');
  const label = root.querySelector<SVGTextElement>('[data-scrolly-label]');
  const svgWidth = root.querySelector<SVGSVGElement>('.sg__svg')?.viewBox.baseVal.width ?? 0;
  let active = -2;
  // A hash jump names the step the reader asked for; honour it until they scroll on their own.
  let pinned: number | undefined;

  const render = (index: number) => {
    if (index === active) return;
    active = index;
    const step = steps[index];
    const activeDate = step ? (marks.get(step.dataset.eventId!)?.dataset.date ?? '') : '';
    steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    for (const { id, date } of dates) {
      const g = marks.get(id)!;
      g.classList.toggle('is-active', step?.dataset.eventId === id);
      g.classList.toggle('is-future', index >= 0 && date > activeDate && step?.dataset.eventId !== id);
    }
    root.dataset.activeStep = step?.id ?? '';
    if (count) count.textContent = step ? `${index + 1} / ${steps.length}` : '';
    const dot = step ? marks.get(step.dataset.eventId!)?.querySelector('circle') : undefined;
    const cx = dot ? Number(dot.getAttribute('cx')) : -10;
    cursor?.setAttribute('x1', String(cx));
    cursor?.setAttribute('x2', String(cx));
    if (label) {
      label.textContent = dot ? (dot.parentNode as SVGGElement).dataset.label ?? '' : '';
      // Anchor towards the middle so the label never runs off either edge.
      const end = cx > svgWidth / 2;
      label.setAttribute('x', String(end ? cx - 4 : cx + 4));
      label.setAttribute('text-anchor', end ? 'end' : 'start');
    }
    if (now) {
      const part = (sel: string) => step?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      now.textContent = step ? `${part('.step__date')} · ${part('.step__title')}` : '';
    }
  };

  const trigger = () => (window.visualViewport?.height ?? window.innerHeight) * 0.5;
  const compute = () => {
    if (pinned !== undefined) return render(pinned);
    render(activeStepIndex(steps.map((s) => s.getBoundingClientRect().top), trigger()));
  };

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), compute()));
  };

  const fromHash = () => {
    const id = hashId(location.hash);
    const index = steps.findIndex((s) => s.id === id);
    pinned = index >= 0 ? index : undefined;
    compute();
  };

  // Any real scroll input releases a pinned hash step.
  const release = () => {
    if (pinned !== undefined) {
      pinned = undefined;
      schedule();
    }
  };
  for (const type of ['wheel', 'touchmove'] as const) window.addEventListener(type, release, { passive: true });
  // After a programmatic smooth scroll settles, positions agree with the pinned step (steps are
  // at least 60vh tall, the trigger line is at 50 %), so hand control back to them.
  window.addEventListener('scrollend', release);
  window.addEventListener('keydown', (ev) => {
    if (['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' '].includes(ev.key)) release();
  });

  const io = new IntersectionObserver(schedule, { rootMargin: '-50% 0px -50% 0px' });
  steps.forEach((s) => io.observe(s));
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  window.visualViewport?.addEventListener('resize', schedule);
  window.addEventListener('hashchange', fromHash);

  const go = (delta: -1 | 1) => {
    const target = steps[stepTarget(active, delta, steps.length)];
    if (!target) return;
    pinned = steps.indexOf(target);
    target.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
    history.replaceState(history.state, '', `#${target.id}`);
    target.querySelector<HTMLElement>('.step__heading')?.focus({ preventScroll: true });
    compute();
  };
  for (const nav of root.querySelectorAll<HTMLElement>('[data-step-nav]')) {
    // Shown from the first paint by <html class="js"> (CSS); unhidden here for the accessibility tree.
    nav.hidden = false;
    nav.querySelector('[data-step-prev]')?.addEventListener('click', () => go(-1));
    nav.querySelector('[data-step-next]')?.addEventListener('click', () => go(1));
  }
  document.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const el = ev.target as HTMLElement;
    if (el.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (active < 0 && !root.contains(el)) return; // only while the reader is in the scrolly
    if (ev.key === 'j' || ev.key === 'J') (ev.preventDefault(), go(1));
    if (ev.key === 'k' || ev.key === 'K') (ev.preventDefault(), go(-1));
  });

  // A marker that the steps now respond (tests wait on it); the layout comes from <html class="js">, set before the first paint.
  root.classList.add('scrolly--enhanced');
  fromHash();
}

document.querySelectorAll<HTMLElement>('[data-scrolly]').forEach(enhance);
