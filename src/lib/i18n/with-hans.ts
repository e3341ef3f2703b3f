/**
 * `withHans({ en, 'zh-hant' })` adds the Simplified Chinese edition to a string table, a message or any
 * value keyed by the two written languages: `{ en, 'zh-hant', 'zh-hans' }`, where `zh-hans` is the
 * `zh-hant` value in Simplified (functions included: their templates are converted).
 *
 * It is a compile-time macro. The `zh-hans` Vite plugin (src/integrations/zh-hans.ts) replaces each call
 * with the argument and a copy of its source text converted by toHans, so the conversion costs nothing at
 * run time, the server and the browser print the same text (an island does not change script when it
 * hydrates), and the browser never loads OpenCC. This body only runs where the plugin did not, and
 * refuses rather than print Traditional text as Simplified.
 */
import type { Locale, WrittenLocale } from '../schema';

export type WithHans<T extends Record<WrittenLocale, unknown>> = T & { 'zh-hans': T['zh-hant'] };

export function withHans<T extends Record<WrittenLocale, unknown>>(table: T): WithHans<T> {
  void table;
  throw new Error('withHans() must be compiled by the zh-hans Vite plugin (src/integrations/zh-hans.ts); this module was loaded without it.');
}

/**
 * `byScript(fn)` gives a function whose first parameter is the page's language (`formatWithUnit(lang, …)`,
 * `gapSentence(lang, …)`) its Simplified edition: the macro compiles a second copy of the function from
 * its Simplified source text (as withHans does), and calls that copy when `lang` is 'zh-hans'. The
 * function's `lang === 'en' ? … : …` branches then need no third arm.
 */
export function byScript<F extends (lang: Locale, ...rest: never[]) => unknown>(fn: F): F {
  void fn;
  throw new Error('byScript() must be compiled by the zh-hans Vite plugin (src/integrations/zh-hans.ts); this module was loaded without it.');
}
