import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, spreadVertically } from '../../../src/lib/charts/labels';
import { textWidth, truncateText, wrapText } from '../../../src/lib/charts/text';
import { formatEurMillions, formatLag, formatPartialDate } from '../../../src/lib/charts/format';

describe('text measurement', () => {
  it('counts CJK as one em and wraps without splitting numbers from their unit', () => {
    expect(textWidth('晶片', 10)).toBe(20);
    expect(textWidth('chip', 10)).toBeLessThan(textWidth('晶片晶片', 10));
    const lines = wrapText('2023年10月：許可或通報區', 80, 11);
    expect(lines.join('')).toBe('2023年10月：許可或通報區');
    expect(lines.some((l) => /^[年月]/.test(l))).toBe(false);
    expect(wrapText('Oct 2023: licence or notice band', 90, 11).length).toBeGreaterThan(1);
  });

  it('truncates with an ellipsis', () => {
    const t = truncateText('A very long measure title that cannot fit', 100, 12);
    expect(t.endsWith('…')).toBe(true);
    expect(textWidth(t, 12)).toBeLessThanOrEqual(100);
  });
});

describe('label placement', () => {
  it('never overlaps labels or covers other points', () => {
    const pts = Array.from({ length: 30 }, (_, i) => ({ id: String(i), x: 20 + (i % 6) * 40, y: 20 + Math.floor(i / 6) * 25, r: 4, text: `Chip ${i}` }));
    const placed = placeLabels(pts, { fontSize: 11, bounds: { x0: 0, y0: 0, x1: 280, y1: 160 } });
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const p of pts) if (p.id !== a.id) expect(overlaps(a.box, { x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r })).toBe(false);
    }
    expect(placed.length).toBeGreaterThan(5);
  });

  it('spreads stacked labels apart within bounds', () => {
    const ys = spreadVertically([50, 51, 52, 200], 14, 0, 210);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(14);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(14);
    expect(ys[3]).toBe(200);
  });
});

describe('formats', () => {
  it('words amounts, lags and dates per locale', () => {
    expect(formatEurMillions(6362, 'en')).toBe('€6.4bn');
    expect(formatEurMillions(6362, 'zh-hant')).toBe('64億歐元');
    expect(formatLag(8, false, 'en')).toBe('8 mo');
    expect(formatLag(30, true, 'zh-hant')).toBe('≈2.5 年');
    expect(formatPartialDate('2024-04-04', 'en')).toBe('4 April 2024');
    expect(formatPartialDate('2024-04-04', 'zh-hant')).toBe('2024年4月4日');
    expect(formatPartialDate('2024-04', 'en', true)).toBe('Apr 2024');
  });
});
