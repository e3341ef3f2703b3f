/** The root page's language redirect (src/lib/i18n/negotiate.ts): which edition a browser's languages pick. */
import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/i18n/negotiate';

describe('pickLocale', () => {
  it.each([
    [['zh-TW'], 'zh-hant'],
    [['zh-HK', 'en'], 'zh-hant'],
    [['zh-Hant-TW'], 'zh-hant'],
    [['zh-MO'], 'zh-hant'],
    [['zh-CN'], 'zh-hans'],
    [['zh-SG'], 'zh-hans'],
    [['zh-Hans-MY'], 'zh-hans'],
    [['zh'], 'zh-hans'],
    [['en-GB', 'zh-TW'], 'en'],
    [['fr', 'zh-CN'], 'zh-hans'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
  it('picks nothing for a browser that prefers neither English nor Chinese', () => {
    expect(pickLocale(['fr', 'de'])).toBeUndefined();
  });
});
