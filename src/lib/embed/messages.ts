/**
 * The height messages an embed posts to its parent, in the three shapes that
 * newsroom pages already listen for, and the parser our own loader uses.
 * Pure: shared by the embed page's script, public/embed.js (kept in step by a
 * test) and the tests.
 */

export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20_000;

/** pym.js child → parent: "pymxPYMx<childId>xPYMxheightxPYMx<px>". */
export function pymMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

/** Datawrapper's parent snippet matches the iframe by event.source and reads this. */
export function datawrapperMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

/** AMP's <amp-iframe> resize request. */
export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** A height from any of the three shapes, or undefined for anything else (wrong shape, not finite, out of range). */
export function heightFromMessage(data: unknown): number | undefined {
  let h: unknown;
  if (typeof data === 'string') {
    const m = /^pymxPYMx(.+?)xPYMxheightxPYMx(\d{1,6})$/.exec(data);
    h = m ? Number(m[2]) : undefined;
  } else if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    const dw = d['datawrapper-height'];
    if (dw && typeof dw === 'object') {
      const values = Object.values(dw as Record<string, unknown>);
      h = values.length === 1 ? values[0] : undefined;
    } else if (d.sentinel === 'amp' && d.type === 'embed-size') {
      h = d.height;
    }
  }
  return typeof h === 'number' && Number.isFinite(h) && h >= MIN_HEIGHT && h <= MAX_HEIGHT ? Math.ceil(h) : undefined;
}

/**
 * Parent → embed: "measure yourself now". Our loader sends it when its iframes
 * load and when the host page resizes; pym.js parents send their "width"
 * message on resize. A message is a task, not a rendering step, so an embed
 * below the fold (where Chromium runs no ResizeObserver in a cross-origin
 * frame) still answers with its height.
 */
export const MEASURE_REQUEST = 'chips-embed:measure';

/** True for our loader's request or a pym.js parent's width message to this child. */
export function isMeasureRequest(data: unknown, childId: string | null): boolean {
  if (data === MEASURE_REQUEST) return true;
  return typeof data === 'string' && childId !== null && data.startsWith(`pymxPYMx${childId}xPYMxwidthxPYMx`);
}
