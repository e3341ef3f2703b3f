/**
 * One term per concept in the Traditional Chinese edition, in Taiwan usage.
 *
 * Each entry names the form we use and the variants that must not appear in
 * our own zh-hant text (data fields, chapters, teaching guide, interface
 * strings). Titles of sources stay as their publishers wrote them, so a
 * mainland outlet's 集成电路 in a headline is left alone.
 * tests/unit/terminology.test.ts fails when a listed variant appears.
 */
export interface Term {
  concept: string;
  preferred: string;
  /** Forms readers met elsewhere in the edition before this table: each would read as a different thing. */
  variants: readonly string[];
  why: string;
}

export const ZH_HANT_TERMS: readonly Term[] = [
  {
    concept: 'Bureau of Industry and Security (BIS)',
    preferred: '工業與安全局',
    variants: ['產業安全局', '產業與安全局', '產業與安全事務'],
    why: 'The usual rendering in Taiwan’s press and government; the under secretary “for industry and security” follows it (主管工業與安全事務).',
  },
  {
    concept: 'Validated End-User (VEU); end user',
    preferred: '經驗證最終使用者',
    variants: ['最終用戶', '軍事用戶'],
    why: '用戶 reads as mainland usage; Taiwan writes 使用者 (and 最終使用者 in export-control texts).',
  },
  {
    concept: 'backside power delivery',
    preferred: '晶背供電',
    variants: ['背面供電'],
    why: 'TSMC’s own Chinese term for its Super Power Rail, and the one Taiwan’s trade press uses.',
  },
  {
    concept: 'integrated circuit; the Big Fund (國家積體電路產業投資基金)',
    preferred: '積體電路',
    variants: ['集成電路'],
    why: '集成電路 is the mainland term; in our own sentences the Big Fund is 國家積體電路產業投資基金 or 大基金.',
  },
];

/** Every listed variant found in a text, with the term it breaks. */
export function termViolations(text: string): { variant: string; preferred: string }[] {
  return ZH_HANT_TERMS.flatMap((t) => t.variants.filter((v) => text.includes(v)).map((variant) => ({ variant, preferred: t.preferred })));
}
