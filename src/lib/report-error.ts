/**
 * "Report an error" links. The address is set at build time, so a newsroom
 * deploys without editing code: PUBLIC_CORRECTIONS_URL may be a web form
 * (https://…; the page and figure are added as query parameters) or a
 * mailto: address (they go into the subject and body). Without it, the link
 * goes to a placeholder address on the placeholder domain, like `site`.
 */
import type { Locale } from './schema';
import { withHans } from './i18n/with-hans';

export const DEFAULT_CORRECTIONS_URL = 'mailto:corrections@chips.example.org';

export interface ReportContext {
  /** Absolute URL of the page the reader is on. */
  page: string;
  /** Figure id ("fig-ratchet", "tool-gap") when the link sits in a figure's furniture. */
  figure?: string;
  lang: Locale;
}

const SUBJECT = withHans({ en: 'Error report', 'zh-hant': '錯誤回報' } as const);

/** The link's href. Pure: the configured address comes in as an argument. */
export function reportErrorHref(configured: string | undefined, ctx: ReportContext): string {
  const base = configured?.trim() || DEFAULT_CORRECTIONS_URL;
  if (base.startsWith('mailto:')) {
    const [address] = base.slice('mailto:'.length).split('?');
    const subject = `${SUBJECT[ctx.lang]}: ${ctx.figure ?? ctx.page}`;
    const body = [`Page: ${ctx.page}`, ...(ctx.figure ? [`Figure: ${ctx.figure}`] : []), '', ''].join('\n');
    return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`PUBLIC_CORRECTIONS_URL must be an https:// address or a mailto: address, not "${base}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`PUBLIC_CORRECTIONS_URL must be https:// or mailto:, not "${base}"`);
  url.searchParams.set('page', ctx.page);
  if (ctx.figure) url.searchParams.set('figure', ctx.figure);
  url.searchParams.set('lang', ctx.lang);
  return url.toString();
}

/** The address configured for this build (Vite exposes PUBLIC_* variables to server code too). */
export function configuredCorrectionsUrl(): string | undefined {
  const env = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env;
  return env?.PUBLIC_CORRECTIONS_URL ?? process.env.PUBLIC_CORRECTIONS_URL;
}

export const REPORT_LABEL = withHans({ en: 'Report an error', 'zh-hant': '回報錯誤' } as const);
