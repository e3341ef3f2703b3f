import { describe, expect, it } from 'vitest';
import { forLocale } from '../../src/lib/i18n/prune';

describe('forLocale', () => {
  it('keeps the page language and blanks the other, deep inside objects and arrays', () => {
    const v = { id: 'x', title: { en: 'A', 'zh-hant': '甲' }, inputs: [{ label: { en: 'B', 'zh-hant': '乙' }, min: 0 }] };
    expect(forLocale(v, 'zh-hant')).toEqual({ id: 'x', title: { en: '', 'zh-hant': '甲' }, inputs: [{ label: { en: '', 'zh-hant': '乙' }, min: 0 }] });
    expect(forLocale(v, 'en').title).toEqual({ en: 'A', 'zh-hant': '' });
  });
  it('keeps the Simplified text on a Simplified page and blanks the written languages', () => {
    const v = { title: { en: 'A', 'zh-hant': '機', 'zh-hans': '机' } };
    expect(forLocale(v, 'zh-hans')).toEqual({ title: { en: '', 'zh-hant': '', 'zh-hans': '机' } });
    expect(forLocale(v, 'zh-hant')).toEqual({ title: { en: '', 'zh-hant': '機', 'zh-hans': '' } });
  });
  it('leaves objects that merely contain an en key alone', () => {
    const v = { en: 'A', other: 1 };
    expect(forLocale(v, 'zh-hant')).toEqual(v);
  });
});
