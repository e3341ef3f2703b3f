/**
 * The Simplified edition's machinery: toHans (terms, OpenCC, quotation marks), the compile-time macros
 * withHans and byScript, and the page pass that keeps text marked as another language.
 */
import { describe, expect, it } from 'vitest';
import { TERMS, hansMdx, toHans, traditionalToSimplifiedChars } from '../../src/lib/i18n/hans';
import { hansHtml } from '../../src/lib/i18n/hans-html';
import { compileMacros } from '../../src/integrations/zh-hans';

/** Runs compiled macro code that assigns its result to `globalThis.out`. */
function run(code: string): unknown {
  const compiled = compileMacros(code);
  if (compiled === null) throw new Error('nothing compiled');
  new Function(compiled)();
  return (globalThis as { out?: unknown }).out;
}

describe('toHans', () => {
  it('applies the reviewed terms before OpenCC, the longer term first', () => {
    expect(toHans('艾司摩爾的微影機台')).toBe('阿斯麦的光刻机台');
    expect(toHans('記憶體晶片廠與記憶體')).toBe('存储芯片厂与存储器');
    expect(toHans('高頻寬記憶體')).toBe('高带宽内存');
  });
  it('converts the rest with Taiwan-to-mainland phrases, and corner brackets to curly quotes', () => {
    expect(toHans('「軟體」與『奈米』')).toBe('“软件”与‘纳米’');
  });
  it('leaves Latin text, digits and markup alone', () => {
    expect(toHans('<a href="/zh-hant/#x">ASML 7 nm</a>')).toBe('<a href="/zh-hant/#x">ASML 7 nm</a>');
  });
  it('every term is Traditional on the left and comes out as its mainland form', () => {
    for (const t of TERMS) {
      expect(toHans(t.from), t.from).toBe(t.to);
      expect(t.reason.length, t.from).toBeGreaterThan(20);
    }
  });
  it('points a chapter’s links at the Simplified edition', () => {
    expect(hansMdx('見[時間軸](/zh-hant/timeline/)')).toBe('见[时间轴](/zh-hans/timeline/)');
  });
  it('leaves nothing for the character-level check to change', () => {
    const text = toHans('美國商務部的出口管制規則與晶片製程');
    expect(traditionalToSimplifiedChars(text)).toBe(text);
  });
});

describe('withHans and byScript (compiled)', () => {
  it('withHans adds a Simplified copy of the zh-hant entry, functions and references included', () => {
    const out = run(`const LINK = withHans({ en: 'Link', 'zh-hant': '連結' });
globalThis.out = withHans({ en: { a: 'x', f: (n) => n + ' years' }, 'zh-hant': { a: LINK['zh-hant'], f: (n) => n + '個軟體' } });`) as Record<string, { a: string; f: (n: number) => string }>;
    expect(out['zh-hant']!.a).toBe('連結');
    expect(out['zh-hans']!.a).toBe('链接');
    expect(out['zh-hans']!.f(3)).toBe('3个软件');
    expect(out.en!.f(3)).toBe('3 years');
  });
  it('byScript calls the Simplified copy for zh-hans and the original otherwise', () => {
    const f = run(`globalThis.out = byScript(function (lang, n) { return lang === 'en' ? n + ' nm' : n + '奈米' + (lang === 'zh-hant' ? '（臺灣）' : ''); });`) as (lang: string, n: number) => string;
    expect(f('en', 5)).toBe('5 nm');
    expect(f('zh-hant', 5)).toBe('5奈米（臺灣）');
    expect(f('zh-hans', 5)).toBe('5纳米（台湾）');
  });
  it('leaves a module without macros alone and refuses a call with two arguments', () => {
    expect(compileMacros('const a = 1;')).toBeNull();
    expect(() => compileMacros("withHans({ en: 'a', 'zh-hant': '甲' }, 2);")).toThrow(/one argument/);
  });
});

describe('hansHtml', () => {
  it('converts text and the attributes people read, not addresses or text marked as another language', () => {
    const html = '<p title="軟體">軟體 <cite lang="zh-Hant">美國<b>晶片</b></cite> <a href="/晶片">網路</a></p>';
    expect(hansHtml(html)).toBe('<p title="软件">软件 <cite lang="zh-Hant">美國<b>晶片</b></cite> <a href="/晶片">网络</a></p>');
  });
});
