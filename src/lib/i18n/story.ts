/** Strings of the story page's furniture. */
import type { WrittenLocale } from '../schema';
import { withHans } from './with-hans';

export const STORY = withHans({
  en: {
    headline: 'The chip ratchet',
    dek: 'In April 2024 Washington spelled out how its export controls reach laptops and other computers with AI chips. How that rule fits a six-year tightening, why the United States leans on the Netherlands and South Korea, how China works around the limits, and why the gap keeps widening.',
    contents: 'Contents',
    minutes: (n: number) => `${n} min read`,
    allEvents: 'All events in the dataset',
    allEventsIntro: 'The full timeline behind the story has its own page: oldest first, with a summary of each entry and the documents it rests on.',
    showAllEvents: (n: number) => `Open the timeline of all ${n} events and their sources`,
    ledeCaption: 'Each step is one US or allied measure that tightened chip export controls, from our dataset of dated, sourced events.',
    ledeLink: 'See every event on the timeline.',
    sourcesAndMethod: 'Sources and method',
    basedOn: 'Starting point',
  },
  'zh-hant': {
    headline: '晶片棘輪',
    dek: '2024年4月，華府釐清出口管制如何適用於搭載AI晶片的筆電等電腦。這項規定如何接上六年來的層層收緊？美國為何向荷蘭與南韓施壓？中國怎樣繞道而行？差距又為何持續擴大？',
    contents: '目錄',
    minutes: (n: number) => `閱讀時間約${n}分鐘`,
    allEvents: '資料集中的全部事件',
    allEventsIntro: '支撐這篇報導的完整時間軸另有專頁：由舊到新排列，附上每起事件的摘要與所依據的文件。',
    showAllEvents: (n: number) => `前往時間軸：全部${n}起事件及其來源`,
    ledeCaption: '每一階代表美國或盟友一項收緊晶片出口管制的措施，取自本站逐筆標明日期與來源的事件資料。',
    ledeLink: '在時間軸查看全部事件。',
    sourcesAndMethod: '資料來源與方法',
    basedOn: '出發點',
  },
} as const satisfies Record<WrittenLocale, unknown>);
