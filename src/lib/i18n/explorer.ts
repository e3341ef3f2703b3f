/** The timeline explorer's interface strings, in every edition. */
import type { Locale, WrittenLocale } from '../schema';
import { withHans } from './with-hans';
import type { ExplorerActor } from '../explorer';
import type { CONTROL_SCOPES } from '../vocab';

type Scope = (typeof CONTROL_SCOPES)[number];

export interface ExplorerText {
  heading: string;
  actor: string;
  cat: string;
  touch: string;
  years: string;
  from: string;
  to: string;
  search: string;
  searchHint: string;
  reset: string;
  actors: Record<ExplorerActor, string>;
  touches: Record<Scope, string>;
  /** "Showing 12 of 78 events". */
  showing: (n: number, total: number) => string;
  none: string;
}

export const EXPLORER_TEXT: Record<Locale, ExplorerText> = withHans({
  en: {
    heading: 'Filter the timeline',
    actor: 'Who acted',
    cat: 'Kind of event',
    touch: 'What a control reached',
    years: 'Years',
    from: 'From',
    to: 'To',
    search: 'Search the entries',
    searchHint: 'Words in the titles, summaries and sources',
    reset: 'Show all events',
    actors: { US: 'United States', NL: 'Netherlands', JP: 'Japan', KR: 'South Korea', CN: 'China', companies: 'Companies' },
    touches: { chips: 'Chips', equipment: 'Equipment', servicing: 'Servicing', persons: 'Persons', materials: 'Materials', entities: 'Entities' },
    showing: (n, total) => (n === total ? `Showing all ${total} events` : `Showing ${n} of ${total} events`),
    none: 'No event matches these filters.',
  },
  'zh-hant': {
    heading: '篩選時間軸',
    actor: '行動者',
    cat: '事件類別',
    touch: '管制所及範圍',
    years: '年份',
    from: '起',
    to: '迄',
    search: '搜尋條目',
    searchHint: '標題、摘要與來源中的字詞',
    reset: '顯示全部事件',
    actors: { US: '美國', NL: '荷蘭', JP: '日本', KR: '南韓', CN: '中國', companies: '企業' },
    touches: { chips: '晶片', equipment: '設備', servicing: '維修服務', persons: '人員', materials: '材料', entities: '實體' },
    showing: (n, total) => (n === total ? `顯示全部${total}起事件` : `顯示${total}起事件中的${n}起`),
    none: '沒有符合這些條件的事件。',
  },
} satisfies Record<WrittenLocale, ExplorerText>);
