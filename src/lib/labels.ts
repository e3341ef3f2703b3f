/** How a record is named and linked when another page lists it (sources page, estimates list). */
import type { Citing, Dataset } from './data';
import type { Locale } from './schema';
import { inEdition } from './i18n/hans';

export function recordLabel(ds: Dataset, c: Citing, lang: Locale): string {
  const en = lang === 'en';
  switch (c.file) {
    case 'events':
      return ds.eventById.get(c.id)?.title[lang] ?? c.id;
    case 'glossary':
      return ds.glossaryById.get(c.id)?.term[lang] ?? c.id;
    case 'roadmaps': {
      const r = ds.roadmaps.find((x) => x.id === c.id);
      const company = r ? ds.companyById.get(r.company)?.name[lang] : undefined;
      return r ? `${company ?? r.company} ${r.node}` : c.id;
    }
    case 'asml-china': {
      const a = ds.asmlChina.find((x) => x.id === c.id);
      return a ? (en ? `ASML sales to China, ${a.year}` : inEdition(lang, `ASML對中國銷售額，${a.year}年`)) : c.id;
    }
    case 'chips': {
      const x = ds.chips.find((r) => r.id === c.id);
      if (!x) return c.id;
      return x.type === 'chip' ? x.name : x.label[lang];
    }
    case 'measures': {
      const m = ds.measures.find((r) => r.id === c.id);
      return m ? m.ask[lang] : c.id;
    }
  }
}

/** Where a reader can see the record; undefined when it only feeds a chart. */
export function recordHref(c: Citing, lang: Locale): string | undefined {
  if (c.file === 'events') return `/${lang}/timeline/#${c.id}`;
  if (c.file === 'glossary') return `/${lang}/glossary/#${c.id}`;
  return undefined;
}

/** The data file a record lives in, as a reader-facing name. */
export function fileLabel(file: Citing['file'], lang: Locale): string {
  const names: Record<Citing['file'], [string, string]> = {
    events: ['Timeline', '時間軸'],
    roadmaps: ['Process roadmaps', '製程路線圖'],
    'asml-china': ['ASML sales to China', 'ASML對中國銷售'],
    chips: ['Chips and thresholds', '晶片與管制門檻'],
    measures: ['Pressure on allies', '對盟友施壓'],
    glossary: ['Glossary', '詞彙表'],
  };
  return lang === 'en' ? names[file][0] : inEdition(lang, names[file][1]);
}
