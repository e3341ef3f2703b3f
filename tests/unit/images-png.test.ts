/** Build-time PNGs: real PNGs of the right size, with Chinese text drawn (not tofu or blank). */
import { describe, expect, it } from 'vitest';
import { ogPng, rasterise } from '../../src/lib/images/render-png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"><rect x="10" y="10" width="100" height="200" fill="var(--series-1, #1f5fa8)"/><text x="200" y="150">軸 axis</text></svg>';

describe('build-time images', () => {
  it('draws an Open Graph card of 1200×630', () => {
    const png = ogPng({ kicker: '晶片棘輪', title: '美國出口管制的棘輪：從2018到2025年', dek: '一段說明文字。', footer: 'chips.example.org', chartSvg: chart }, 'zh-hant');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(size(png)).toEqual({ width: 1200, height: 630 });
  });

  it('renders Chinese glyphs with the bundled font: more ink than an empty string', () => {
    const ink = (text: string, lang: 'zh-hant' | 'zh-hans') => {
      const png = rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="60" font-size="40" fill="#000">${text}</text></svg>`, lang);
      return png.length;
    };
    expect(ink('晶片棘輪', 'zh-hant')).toBeGreaterThan(ink('', 'zh-hant') + 400);
    expect(ink('芯片棘轮', 'zh-hans')).toBeGreaterThan(ink('', 'zh-hans') + 400);
  });
});
