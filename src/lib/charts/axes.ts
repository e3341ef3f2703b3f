/** Axes the time-based charts share: whole years along x. */
import { formatYearTick } from './format';

/** Whole years from y0 to y1, every `every`-th one counted from y0. */
export function yearTicks(y0: number, y1: number, every = 1): number[] {
  return Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i).filter((y) => (y - y0) % every === 0);
}

/** A linear x scale over years with bare year labels and no tick marks. */
export function yearAxisX(domain: [number, number], range: [number, number], ticks: number[]) {
  return { type: 'linear' as const, domain, range, ticks, tickFormat: formatYearTick, tickSize: 0, label: null };
}
