import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

describe('readingMinutes', () => {
  it('counts English words at 230 a minute and skips tags', () => {
    const words = Array.from({ length: 460 }, () => 'chip').join(' ');
    expect(readingMinutes(`---\ntitle: x\n---\n<Step id="a-b">${words}</Step>`)).toBeCloseTo(2, 5);
  });
  it('counts Chinese characters at 400 a minute', () => {
    expect(readingMinutes('晶'.repeat(800))).toBeCloseTo(2, 5);
  });
  it('counts Latin terms inside Chinese text as words', () => {
    expect(readingMinutes(`${'晶'.repeat(400)} ASML EUV`)).toBeCloseTo(1 + 2 / 230, 5);
  });
});
