/**
 * Every word the charts print: titles, axis labels, lane names, notes, table
 * headers and the text alternatives. English and Traditional Chinese (Taiwan
 * usage) are written side by side; `zh` is typed as `typeof en`, so a string
 * missing from one language is a type error.
 */
import type { Locale } from '../schema';
import { hansOf } from './hans';

const en = {
  figure: {
    dataTable: 'Data table',
    dataTableCaption: (title: string) => `Data shown in “${title}”`,
    notes: 'Notes',
    source: 'Source',
    sources: 'Sources',
    sourcesList: (n: number) => `All ${n} sources`,
    noUrl: 'no canonical link',
    estimate: 'estimate',
    figureLabel: 'Chart',
    keyboardHint: 'Tab to the chart, then use the arrow keys to step through its marks.',
    textAlternative: 'Text description',
    yes: 'yes',
    none: '—',
  },
  ratchet: {
    title: 'The ratchet',
    subtitle:
      'Export-control measures on chips since 2018, in one lane for each kind of item they reached: US rules and listings, allies’ measures, and China’s countermeasures in the bottom lane',
    lanes: {
      chips: 'Chips and computers',
      equipment: 'Chipmaking tools and materials',
      entities: 'Entity List and other lists',
      persons: 'End uses and US persons',
      servicing: 'Servicing and parts',
      china: 'China’s countermeasures',
    },
    actors: { us: 'US', ally: 'Allies', china: 'China', eased: 'eased' },
    eased: 'eased controls',
    aprilRule: (date: string) => `${date}: the rule in the VOA report`,
    entities: (n: string) => `+${n} entities`,
    entitiesShort: (n: string) => `+${n}`,
    notes: [
      'One mark for each measure and each kind of item it reached: a rule that covered both chips and tools appears in both lanes. Circles are US measures, diamonds allies’ measures, triangles China’s; hollow marks eased controls rather than tightening them.',
      'A figure beside a mark is the number of entities that action added to a list, where the sources give a count.',
      'Marks sit at the date a measure was announced or published; the table also gives the date it took effect. Reports of measures under consideration and requests to other governments are left out.',
      'Larger marks are the measures we rate as most consequential; the rating is our editorial judgement.',
    ],
    notDrawn: (titles: string) => `Not drawn, because they did not themselves reach a kind of item: ${titles}.`,
    summary: (p: { measures: number; allies: number; eased: number; from: string; to: string; entities: string; china: number; busiest: string }) =>
      `A timeline of ${p.measures} US measures and ${p.allies} allied measures from ${p.from} to ${p.to}, each placed in the lanes for the kinds of items it reached; ${p.eased} of them eased controls. ` +
      `The busiest lane is “${p.busiest}”. Listings with a published count added ${p.entities} entities. ` +
      `China’s lane holds ${p.china} countermeasures. The April 2024 rule is marked with a vertical line.`,
    columns: { date: 'Date', measure: 'Measure', lane: 'Lane', actor: 'By', effective: 'In force', entities: 'Entities added', direction: 'Direction' },
    direction: { tighten: 'tightened', loosen: 'eased' },
  },
  thresholds: {
    title: 'Where the line falls',
    subtitle:
      'AI chips by total processing performance (TPP) and performance density, against the US control thresholds of October 2022 and October 2023 (both axes logarithmic)',
    xLabel: 'Total processing performance (TPP) →',
    yLabel: '↑ Performance density (TPP per mm² of die)',
    stripHeading: 'No published die area: placed by TPP only',
    stripLabel: 'TPP only',
    classes: {
      datacenter: 'Data centre',
      'consumer-gpu': 'Gaming GPU',
      'laptop-gpu': 'Laptop GPU',
      'laptop-npu': 'Laptop NPU',
      'china-domestic': 'Made in China',
    },
    earlierRule: 'outline only: an earlier line',
    notes: [
      'TPP is a chip’s dense tera-operations per second multiplied by the bit length of the operation; performance density is TPP divided by die area in mm².',
      'Chips with no published die area, such as the neural units of laptop processors, cannot be placed on the density axis; they sit in the strip below the chart, by TPP alone.',
      'Shaded areas are the October 2023 rule; the dashed outline is the earlier line. Conditions the chart cannot draw are in the notes of each threshold below.',
      'TPP and density are our estimates from published specifications unless the table says otherwise.',
    ],
    summary: (p: { chips: number; controlled: number; strip: number; lowest: string; line: string; far: string }) =>
      `${p.chips} chips placed by performance and density. ${p.controlled} fall inside the area the October 2023 rule controls outright. ` +
      `${p.strip} chips without a published die area are shown by performance only; the highest of them reaches ${p.far} TPP, against a control line of ${p.line}. ` +
      `The lowest TPP at which any band of the 2023 rule starts is ${p.lowest}.`,
    columns: { chip: 'Chip', vendor: 'Maker', class: 'Class', year: 'Year', tpp: 'TPP', die: 'Die area (mm²)', pd: 'Density', where: 'Where drawn', estimate: 'Estimate', method: 'How TPP and density were worked out' },
    whereMain: 'main chart',
    whereStrip: 'TPP strip',
    thresholdColumns: { threshold: 'Threshold', rule: 'Rule', effect: 'Effect', tpp: 'TPP', pd: 'Density' },
    effect: { controlled: 'controlled', 'licence-band': 'licence or notice band' },
    thresholdsCaption: 'Threshold regions drawn',
    tppRange: (lo: string, hi?: string) => (hi ? `${lo} to ${hi}` : `${lo} or more`),
    pdRange: (lo?: string, hi?: string) => (lo && hi ? `${lo} to ${hi}` : lo ? `${lo} or more` : hi ? `below ${hi}` : 'any'),
  },
  allies: {
    title: 'Leaning on allies',
    subtitle:
      'What Washington asked of the Netherlands, Japan and South Korea and when each acted, beside ASML’s sales of chipmaking systems to China',
    lanesHeading: 'US asks and allies’ measures',
    salesHeading: 'ASML system sales to China, and share of its system sales',
    allies: { NL: 'Netherlands', JP: 'Japan', KR: 'South Korea', DE: 'Germany', TW: 'Taiwan', SG: 'Singapore' } as Record<string, string>,
    ask: 'US ask',
    action: 'ally acts',
    noAction: 'no public action',
    otherAllies: (list: string) => `Requests to other governments, not drawn: ${list}.`,
    status: { asked: 'asked', agreed: 'agreed', partial: 'partly met', refused: 'refused', 'in-force': 'in force' },
    lag: 'Lag',
    estimateMark: 'estimate',
    yLabel: '↑ EUR billions',
    notes: [
      'Hollow dots: when the US request was made or first reported; filled dots: when the ally announced its measure. The figure between them is the lag; ≈ where a date is known only to the year or quarter.',
      'A dashed line runs on to the end of the data where no matching action is dated; the text gives the request’s status.',
      'Bars: China’s share of ASML’s net system sales (machines, without service) applied to those sales, with the share under each amount; pale bars with a dashed outline are estimates or derived.',
    ],
    licenceEvents: 'Numbered lines mark Dutch licence decisions:',
    summary: (p: { measures: number; acted: number; median: string; peakYear: string; peak: string; peakShare: string }) =>
      `${p.measures} US requests to the Netherlands, Japan and South Korea; ${p.acted} were followed by a matching measure, after a median lag of ${p.median}. ` +
      `ASML’s system sales to China peaked in ${p.peakYear} at ${p.peak}, ${p.peakShare} of its system sales.`,
    columns: { ally: 'Ally', ask: 'US ask', askedOn: 'Asked', action: 'Measure', actedOn: 'Acted', lag: 'Lag', status: 'Status', note: 'Note' },
    salesColumns: { year: 'Year', china: 'China system sales', share: 'China share', total: 'All system sales', estimate: 'Estimate', note: 'How the figure was found', correction: 'Correction' },
    corrected: (mark: string, years: string) => `${mark} Corrected figure (${years}): the table gives the earlier value and why it changed; every correction is logged on the sources page.`,
    eventColumns: { n: 'No.', date: 'Date', event: 'Licence event' },
    salesCaption: 'ASML system sales to China',
    eventsCaption: 'Licence events marked',
  },
  nodeRace: {
    title: 'The node race',
    subtitle: 'The most advanced process each chipmaker had in volume production, by year; planned nodes dashed',
    generations: { 1: '14/16 nm', 2: '10 nm', 3: '7 nm', 4: '5 nm', 5: '3 nm', 6: '2 nm', 7: '1.4 nm' } as Record<number, string>,
    yLabel: '↑ Process generation (node class)',
    yLabelShort: '↑ nm class',
    key: { duv: 'DUV', euv: 'EUV', highNa: 'High-NA EUV', planned: 'hollow: planned' },
    firstEuv: 'EUV in production',
    firstHighNa: 'High-NA EUV planned',
    gap: (years: string, year: number) => `${year}: SMIC ${years} behind`,
    gapShort: (years: string, year: number) => `${year}: ${years} behind`,
    notes: [
      'Generations put makers’ own node names on one scale (14/16 nm class = 1 … 1.4 nm class = 7); half steps are nodes between classes. The method page explains the mapping.',
      'Filled marks: in volume production; hollow: planned, at the latest stated year; a cross marks a cancelled node. Shapes show the lithography: circle DUV, diamond EUV, star High-NA EUV.',
      'The gap is the number of years between the first maker reaching SMIC’s best generation in volume and the year shown.',
      'Lines are nudged a few pixels apart where makers share a generation.',
    ],
    others: (names: string) => `Also in the roadmap data but not drawn: ${names}.`,
    gapNote: (year: number, years: string, leader: string, node: string) =>
      `In ${year}, SMIC’s best node (${node}) was a generation ${leader} had reached ${years} earlier.`,
    summary: (p: { companies: string; leader: string; leaderNode: string; smicNode: string; gaps: string }) =>
      `Steps showing the most advanced node in production at ${p.companies}. In the latest year, ${p.leader} leads with ${p.leaderNode}; SMIC’s best is ${p.smicNode}. ${p.gaps}`,
    columns: { company: 'Company', node: 'Node', generation: 'Generation', year: 'Year', status: 'Status', lithography: 'Lithography', designer: 'Designer', note: 'Note' },
    status: { achieved: 'in production', planned: 'planned', delayed: 'delayed', cancelled: 'cancelled' },
    lithography: { 'duv-multipatterning': 'DUV (multi-patterning)', euv: 'EUV', 'high-na-euv': 'High-NA EUV' },
  },
  breadth: {
    title: 'What the controls touched',
    subtitle: 'US and allied measures that tightened controls, the kinds of items each one reached, and the year it took effect; dark cells mark the first time a kind was reached',
    columns: { chips: 'Chips', equipment: 'Tools', servicing: 'Servicing', persons: 'Persons', materials: 'Materials' },
    measure: 'Measure',
    firstTime: 'first time',
    notes: [
      'Rows are US rules, listings and allies’ measures in date order (allies’ rows start with the country); a cell shows the year the measure took effect for that kind of item.',
      'Dark cells: the first measure to reach that kind of item. Light cells: later measures that reached it again.',
      'Listings that reached no kind of item in these columns, and measures that eased controls, are in the ratchet chart instead.',
    ],
    summary: (p: { measures: number; first: string; firstN: number; reached: number; total: number; last: string; widest: string; widestN: number }) =>
      `A matrix of ${p.measures} US and allied measures. The first, in ${p.first}, reached ${p.firstN === 1 ? 'one kind' : `${p.firstN} kinds`} of item; by ${p.last}, ${p.reached} of ${p.total} kinds had been reached. ` +
      `The widest single measure, “${p.widest}”, reached ${p.widestN} kinds.`,
    tableColumns: { date: 'Date', measure: 'Measure' },
  },
};

type Strings = typeof en;

const zh: Strings = {
  figure: {
    dataTable: '資料表',
    dataTableCaption: (title: string) => `「${title}」所呈現的資料`,
    notes: '附註',
    source: '資料來源',
    sources: '資料來源',
    sourcesList: (n: number) => `全部 ${n} 筆來源`,
    noUrl: '無正式連結',
    estimate: '估計值',
    figureLabel: '圖表',
    keyboardHint: '以 Tab 鍵移至圖表，再用方向鍵逐一瀏覽各個標記。',
    textAlternative: '文字說明',
    yes: '是',
    none: '—',
  },
  ratchet: {
    title: '管制棘輪',
    subtitle: '2018年以來的晶片出口管制措施，依觸及的項目類別分道排列：美國的法規與清單、盟國的措施，最下方一道為中國的反制措施',
    lanes: {
      chips: '晶片與電腦',
      equipment: '製造設備與材料',
      entities: '實體清單等名單',
      persons: '最終用途與美國人',
      servicing: '維修與零件',
      china: '中國的反制',
    },
    actors: { us: '美國', ally: '盟國', china: '中國', eased: '放寬' },
    eased: '放寬管制',
    aprilRule: (date: string) => `${date}：美國之音報導的新規`,
    entities: (n: string) => `新增 ${n} 個實體`,
    entitiesShort: (n: string) => `+${n}`,
    notes: [
      '每個標記代表一項措施所觸及的一類項目：同時涵蓋晶片與設備的規則，會在兩道中各出現一次。圓形為美國的措施，菱形為盟國的措施，三角形為中國的措施；空心標記代表放寬而非收緊管制。',
      '標記旁的數字是該次行動列入名單的實體數目，以來源有提供者為限。',
      '標記位置為措施宣布或刊登的日期；生效日期見資料表。僅為傳聞中考慮中的措施，以及向他國政府提出的要求，不列入圖中。',
      '標記較大者為我們評估影響較大的措施，屬編輯判斷。',
    ],
    notDrawn: (titles) => `以下措施本身未觸及特定類別的項目，因此未畫入圖中：${titles}。`,
    summary: (p) =>
      `時間軸列出${p.from}至${p.to}間美國的 ${p.measures} 項措施與盟國的 ${p.allies} 項措施，依觸及的項目類別分道排列，其中 ${p.eased} 項為放寬管制。` +
      `最密集的一道是「${p.busiest}」。有公布數目的名單行動共新增 ${p.entities} 個實體。` +
      `中國一道共有 ${p.china} 項反制措施。2024年4月的新規以一條直線標示。`,
    columns: { date: '日期', measure: '措施', lane: '類別', actor: '採取方', effective: '生效', entities: '新增實體', direction: '方向' },
    direction: { tighten: '收緊', loosen: '放寬' },
  },
  thresholds: {
    title: '管制線畫在哪裡',
    subtitle: 'AI晶片依總處理效能（TPP）與效能密度排列，對照美國2022年10月與2023年10月的管制門檻（兩軸皆為對數刻度）',
    xLabel: '總處理效能（TPP）→',
    yLabel: '↑ 效能密度（每平方毫米晶粒的TPP）',
    stripHeading: '未公布晶粒面積：僅依TPP排列',
    stripLabel: '僅TPP',
    classes: {
      datacenter: '資料中心',
      'consumer-gpu': '遊戲顯示卡',
      'laptop-gpu': '筆電GPU',
      'laptop-npu': '筆電NPU',
      'china-domestic': '中國自製',
    },
    earlierRule: '僅外框：較早的管制線',
    notes: [
      'TPP為晶片每秒的密集運算次數（兆次）乘以運算位元長度；效能密度為TPP除以晶粒面積（平方毫米）。',
      '未公布晶粒面積的晶片（例如筆電處理器內的神經網路單元）無法放上密度軸，改在圖下方的長條中僅依TPP排列。',
      '陰影區為2023年10月的規則，虛線外框為較早的管制線。圖上無法呈現的條件，列於下方各門檻的附註。',
      '除資料表另有說明外，TPP與效能密度皆為我們依公開規格推算的估計值。',
    ],
    summary: (p) =>
      `圖中依效能與密度標出 ${p.chips} 款晶片，其中 ${p.controlled} 款落在2023年10月規則直接管制的範圍內。` +
      `另有 ${p.strip} 款未公布晶粒面積，僅依效能排列，其中最高者為 ${p.far} TPP，而管制線為 ${p.line}。` +
      `2023年規則各區段起點中最低的TPP為 ${p.lowest}。`,
    columns: { chip: '晶片', vendor: '廠商', class: '類型', year: '年份', tpp: 'TPP', die: '晶粒面積（平方毫米）', pd: '效能密度', where: '呈現位置', estimate: '估計值', method: 'TPP與效能密度的算法' },
    whereMain: '主圖',
    whereStrip: 'TPP長條',
    thresholdColumns: { threshold: '門檻', rule: '規則', effect: '效果', tpp: 'TPP', pd: '效能密度' },
    effect: { controlled: '管制', 'licence-band': '須許可或通報' },
    thresholdsCaption: '圖中繪出的門檻區域',
    tppRange: (lo, hi) => (hi ? `${lo}至${hi}` : `${lo}以上`),
    pdRange: (lo, hi) => (lo && hi ? `${lo}至${hi}` : lo ? `${lo}以上` : hi ? `低於${hi}` : '不限'),
  },
  allies: {
    title: '向盟友施壓',
    subtitle: '華府向荷蘭、日本與南韓提出了哪些要求、各國何時採取行動，並對照艾司摩爾（ASML）對中國的設備銷售',
    lanesHeading: '美國的要求與盟國的措施',
    salesHeading: '艾司摩爾對中國的系統銷售額及占其系統銷售比重',
    allies: { NL: '荷蘭', JP: '日本', KR: '南韓', DE: '德國', TW: '台灣', SG: '新加坡' },
    ask: '美方要求',
    action: '盟國行動',
    noAction: '尚無公開行動',
    otherAllies: (list) => `向其他國家政府提出、未畫入圖中的要求：${list}。`,
    status: { asked: '已提出', agreed: '已同意', partial: '部分配合', refused: '拒絕', 'in-force': '已生效' },
    lag: '相隔',
    estimateMark: '估計',
    yLabel: '↑ 億歐元',
    notes: [
      '空心點為美方提出或首度傳出要求的時間，實心點為盟國宣布措施的時間，兩者之間的數字即相隔時間；日期只知年份或季度者標「≈」。',
      '若沒有可標定日期的對應行動，虛線延伸至資料截止處，旁邊文字說明該要求的現況。',
      '長條：以中國占艾司摩爾系統淨銷售額（設備本身，不含服務）的比重乘以該銷售額，金額下方為占比；淺色虛線框的長條為估計或推算值。',
    ],
    licenceEvents: '編號直線標示荷蘭的許可決定：',
    summary: (p) =>
      `美國向荷蘭、日本與南韓提出 ${p.measures} 項要求，其中 ${p.acted} 項有對應措施，相隔時間中位數為${p.median}。` +
      `艾司摩爾對中國的系統銷售額在${p.peakYear}達到高峰，為${p.peak}，占其系統銷售的${p.peakShare}。`,
    columns: { ally: '盟國', ask: '美方要求', askedOn: '提出', action: '措施', actedOn: '行動', lag: '相隔', status: '狀態', note: '附註' },
    salesColumns: { year: '年份', china: '對中國系統銷售額', share: '中國占比', total: '系統銷售總額', estimate: '估計值', note: '數字來由', correction: '更正' },
    corrected: (mark: string, years: string) => `${mark} 已更正的數字（${years}）：資料表列出原本的數值與更正原因；所有更正均記錄於資料來源頁。`,
    eventColumns: { n: '編號', date: '日期', event: '許可事件' },
    salesCaption: '艾司摩爾對中國的系統銷售',
    eventsCaption: '圖中標示的許可事件',
  },
  nodeRace: {
    title: '製程競賽',
    subtitle: '各晶圓廠每年已量產的最先進製程；虛線為規劃中的製程',
    generations: { 1: '14/16 奈米', 2: '10 奈米', 3: '7 奈米', 4: '5 奈米', 5: '3 奈米', 6: '2 奈米', 7: '1.4 奈米' },
    yLabel: '↑ 製程世代（節點級別）',
    yLabelShort: '↑ 奈米級',
    key: { duv: 'DUV', euv: 'EUV', highNa: '高數值孔徑EUV', planned: '空心：規劃中' },
    firstEuv: 'EUV投入量產',
    firstHighNa: '規劃採用高數值孔徑EUV',
    gap: (years, year) => `${year}年：中芯落後 ${years}`,
    gapShort: (years, year) => `${year}：落後${years}`,
    notes: [
      '世代把各廠自訂的節點名稱放到同一把尺上（14/16奈米級＝1……1.4奈米級＝7），半級代表介於兩級之間的節點；對應方式見研究方法頁。',
      '實心標記為已量產，空心為規劃中（以最新公布的年份為準），叉號為已取消的節點。形狀代表微影技術：圓形為DUV，菱形為EUV，星形為高數值孔徑EUV。',
      '差距為：第一家廠商量產某世代的年份，到圖中所示年份之間相隔的年數，而該世代即中芯當年最先進的世代。',
      '多家廠商處於同一世代時，線條會略微錯開幾個像素，以免互相遮蓋。',
    ],
    others: (names) => `製程藍圖資料中另有以下廠商，未畫入圖中：${names}。`,
    gapNote: (year, years, leader, node) => `${year}年，中芯最先進的節點（${node}）相當於${leader}早在${years}前就已達到的世代。`,
    summary: (p) =>
      `階梯線顯示${p.companies}各自已量產的最先進節點。最新一年由${p.leader}以${p.leaderNode}領先，中芯最先進的是${p.smicNode}。${p.gaps}`,
    columns: { company: '公司', node: '節點', generation: '世代', year: '年份', status: '狀態', lithography: '微影技術', designer: '晶片設計方', note: '附註' },
    status: { achieved: '已量產', planned: '規劃中', delayed: '延後', cancelled: '已取消' },
    lithography: { 'duv-multipatterning': 'DUV（多重曝光）', euv: 'EUV', 'high-na-euv': '高數值孔徑EUV' },
  },
  breadth: {
    title: '管制觸及的範圍',
    subtitle: '美國與盟國收緊管制的措施各觸及哪些類別的項目，格中為生效年份；深色格代表該類別首次受到管制',
    columns: { chips: '晶片', equipment: '設備', servicing: '維修', persons: '人員', materials: '材料' },
    measure: '措施',
    firstTime: '首次',
    notes: [
      '各列為依日期排序的美國法規、名單行動與盟國措施（盟國的措施以國名開頭）；格中數字為該措施對該類項目生效的年份。',
      '深色格：第一項觸及該類項目的措施。淺色格：之後再次觸及該類項目的措施。',
      '未觸及這幾類項目的名單行動，以及放寬管制的措施，見「管制棘輪」圖。',
    ],
    summary: (p) =>
      `矩陣列出 ${p.measures} 項美國與盟國的措施。第一項在${p.first}，觸及 ${p.firstN} 類項目；到${p.last}，${p.total} 類中已有 ${p.reached} 類受到管制。` +
      `觸及範圍最廣的單一措施是「${p.widest}」，涵蓋 ${p.widestN} 類。`,
    tableColumns: { date: '日期', measure: '措施' },
  },
};

// Server only (the charts are drawn at build time), so the Simplified strings are converted at run time.
export const CHART_STRINGS: Record<Locale, Strings> = { en, 'zh-hant': zh, 'zh-hans': hansOf(zh) };
export type ChartStrings = Strings;

export function chartStrings(locale: Locale): Strings {
  return CHART_STRINGS[locale];
}
