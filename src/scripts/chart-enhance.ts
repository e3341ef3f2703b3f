/**
 * Progressive enhancement of the server-rendered chart SVGs: tooltips on
 * hover, tap and keyboard focus, arrow-key navigation between marks (roving
 * tabindex), and highlighting of related marks and data-table rows. No
 * dependencies and no re-rendering: it reads what the server wrote on each
 * mark (class "chart-mark", data-key, data-group, data-order, <title>).
 * Only the narrow variant of a panel carries the <title>s (native tooltips
 * without JavaScript); the wider variants draw the same marks in the same
 * order, so they borrow the text by position. On lean pages (the story) the
 * wider variants arrive as <template>s and are stamped out here for the
 * container's width.
 */

const MARK = '.chart-mark';
const ACTIVE = 'is-active';

function tipText(mark: Element): string {
  return (mark as HTMLElement).dataset.tip ?? '';
}

function enhanceSvg(svg: SVGSVGElement, tooltip: HTMLElement, box: HTMLElement, figure: HTMLElement) {
  const marks = Array.from(svg.querySelectorAll<SVGElement>(MARK));
  if (!marks.length) return;
  marks.sort((a, b) => Number(a.dataset.order ?? 0) - Number(b.dataset.order ?? 0));
  // Screen readers get each focused mark's label; the chart as a whole stays described by the figure.
  svg.setAttribute('role', 'group');
  const sep = (svg.closest('[lang]')?.getAttribute('lang') ?? 'en').startsWith('zh') ? '；' : '. ';
  marks.forEach((mark, i) => {
    mark.querySelector('title')?.remove(); // the styled tooltip replaces the native one
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', tipText(mark).replace(/\n/g, sep));
    mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
  });

  const related = (mark: Element) => {
    const el = mark as SVGElement;
    const group = el.dataset.group;
    return group ? marks.filter((m) => m.dataset.group === group) : [el];
  };

  const show = (mark: SVGElement) => {
    clear();
    svg.classList.add('has-active');
    for (const m of related(mark)) m.classList.add(ACTIVE);
    for (const row of Array.from(figure.querySelectorAll<HTMLElement>('tr[data-key]'))) {
      row.classList.toggle(ACTIVE, row.dataset.key === mark.dataset.key);
    }
    tooltip.textContent = tipText(mark);
    tooltip.hidden = false;
    const r = mark.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    const x = Math.min(Math.max(r.left - c.left + r.width / 2 - w / 2, 0), Math.max(0, c.width - w));
    const above = r.top - c.top - h - 8;
    const y = above >= 0 ? above : r.bottom - c.top + 8;
    tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };

  const clear = () => {
    svg.classList.remove('has-active');
    for (const m of marks) m.classList.remove(ACTIVE);
    for (const row of Array.from(figure.querySelectorAll('tr.' + ACTIVE))) row.classList.remove(ACTIVE);
    tooltip.hidden = true;
  };

  const focusMark = (i: number) => {
    const next = marks[(i + marks.length) % marks.length]!;
    for (const m of marks) m.setAttribute('tabindex', m === next ? '0' : '-1');
    next.focus();
  };

  const markOf = (e: Event) => (e.target as Element | null)?.closest?.(MARK) as SVGElement | null;

  svg.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  svg.addEventListener('pointerleave', clear);
  svg.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  svg.addEventListener('focusout', (e) => {
    if (!svg.contains(e.relatedTarget as Node | null)) clear();
  });
  svg.addEventListener('keydown', (e) => {
    const m = markOf(e);
    if (!m) return;
    const i = marks.indexOf(m);
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusMark(keys[e.key]!);
    } else if (e.key === 'Escape') {
      clear();
    }
  });
}

/** Every mark of every variant gets data-tip: its own <title>, or the one of the same mark in the titled variant. */
function lendTips(svgs: SVGSVGElement[]) {
  const marksOf = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll<SVGElement>(MARK));
  // An enhanced mark has traded its <title> for data-tip; a variant stamped out later borrows from either.
  const tipOf = (m: SVGElement) => m.querySelector(':scope > title')?.textContent ?? m.dataset.tip;
  const titled = svgs.map(marksOf).find((marks) => marks.some((m) => tipOf(m)));
  const tips = (titled ?? []).map((m) => tipOf(m) ?? '');
  for (const svg of svgs) marksOf(svg).forEach((m, i) => (m.dataset.tip = tipOf(m) ?? tips[i] ?? ''));
}

/** The variant a container of this width shows: the breakpoints of the container queries in src/styles/charts.css. */
const variantFor = (width: number) => (width >= 820 ? 'wide' : width >= 520 ? 'medium' : 'narrow');

/**
 * A lean panel (the story, see Figure.astro) holds only the narrow drawing; the wider ones wait in
 * <template>s. Shows the one the container's width calls for, stamping it out the first time.
 */
function stampVariant(box: HTMLElement, width: number) {
  const name = variantFor(width);
  let shown = box.querySelector<HTMLElement>(`.chart-variant--${name}`);
  const template = box.querySelector<HTMLTemplateElement>(`template[data-variant="${name}"]`);
  if (!shown && template) {
    shown = document.createElement('div');
    shown.className = `chart-variant chart-variant--${name}`;
    shown.dataset.width = template.dataset.width ?? '';
    shown.append(template.content.cloneNode(true));
    template.replaceWith(shown);
  }
  for (const v of Array.from(box.querySelectorAll('.chart-variant'))) v.classList.toggle('is-shown', v === shown);
  box.classList.add('is-stamped');
}

function enhanceFigure(figure: HTMLElement) {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  const chart = figure.querySelector<HTMLElement>('.chart-figure__chart');
  for (const box of Array.from(figure.querySelectorAll<HTMLElement>('.chart-figure__panel'))) {
    const tooltip = document.createElement('div');
    tooltip.className = 'chart-tooltip';
    tooltip.hidden = true;
    tooltip.setAttribute('aria-hidden', 'true');
    box.appendChild(tooltip);
    const enhanceNew = () => {
      const svgs = Array.from(box.querySelectorAll<SVGSVGElement>('svg.chart-svg'));
      lendTips(svgs);
      for (const svg of svgs) {
        if (svg.dataset.enhanced) continue;
        svg.dataset.enhanced = 'true';
        enhanceSvg(svg, tooltip, box, figure);
      }
    };
    if (chart && box.classList.contains('chart-figure__panel--lean')) {
      const restamp = (width: number) => (stampVariant(box, width), enhanceNew());
      restamp(chart.clientWidth);
      new ResizeObserver(([entry]) => entry && restamp(entry.contentBoxSize[0]?.inlineSize ?? chart.clientWidth)).observe(chart);
    } else {
      enhanceNew();
    }
  }
  // Data-table rows light up their marks.
  const marksFor = (key: string | undefined) => Array.from(figure.querySelectorAll<SVGElement>(MARK)).filter((m) => m.dataset.key === key);
  for (const row of Array.from(figure.querySelectorAll<HTMLElement>('tr[data-key]'))) {
    row.addEventListener('pointerenter', () => {
      for (const m of marksFor(row.dataset.key)) {
        m.classList.add(ACTIVE);
        m.ownerSVGElement?.classList.add('has-active');
      }
    });
    row.addEventListener('pointerleave', () => {
      for (const m of Array.from(figure.querySelectorAll('.' + ACTIVE))) m.classList.remove(ACTIVE);
      for (const s of Array.from(figure.querySelectorAll('.has-active'))) s.classList.remove('has-active');
    });
  }
}

/** Lets the browser handle input and paint between two figures, so enhancing a long page is no long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Enhances the figures under `root` one per task, in document order (the first on screen first). */
export async function enhanceCharts(root: ParentNode = document) {
  for (const figure of Array.from(root.querySelectorAll<HTMLElement>('figure.chart-figure'))) {
    enhanceFigure(figure);
    await nextTask();
  }
}

enhanceCharts();
