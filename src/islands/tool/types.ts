/** An assumptions-table row computed from other data (the gap tool's roadmap), not from scenarios.json. */
export interface ExtraRow {
  label: string;
  value: string;
  range?: string;
  sourceIds: string[];
  assumption: boolean;
  note?: string;
}
