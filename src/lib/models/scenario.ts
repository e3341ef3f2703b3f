/**
 * Helpers over a validated scenarios.json record. Type-only imports, so an
 * island can use them without pulling zod into the browser bundle.
 */
import type { Scenario } from './scenario-schema';

/** Every source id a scenario cites, in order of first mention. */
export function scenarioSourceIds(s: Pick<Scenario, 'claimSources' | 'inputs' | 'constants'> & Partial<Pick<Scenario, 'layerMix' | 'presets'>>): string[] {
  const ids = [
    ...s.claimSources,
    ...s.inputs.flatMap((i) => i.sources ?? []),
    ...(s.constants ?? []).flatMap((c) => c.sources ?? []),
    ...(s.layerMix ?? []).flatMap((g) => g.sources ?? []),
    ...(s.presets ?? []).flatMap((p) => p.sources ?? []),
  ];
  return [...new Set(ids)];
}

/** The fixed assumptions of a scenario as a key → value map. */
export function constantValues(s: Pick<Scenario, 'constants'>): Record<string, number> {
  return Object.fromEntries((s.constants ?? []).map((c) => [c.key, c.value]));
}

/** A finite number, or the fallback. */
export function finite(x: unknown, fallback = 0): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Decimals a value on this step grid needs: 1 → 0, 0.5 → 1, 0.05 → 2, 0.25 → 2. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Math.min(10, Number(exp[1]) + ((text.split('e')[0]!.split('.')[1] ?? '').length));
  return Math.min(10, (text.split('.')[1] ?? '').length);
}

/**
 * Every source id an island shows for a tool: the scenario's own, plus (gap
 * tool) those of the leader's and follower's roadmap nodes. Pass the matching
 * Source records as the island's `sources` prop.
 */
export function toolSourceIds(
  s: Pick<Scenario, 'claimSources' | 'inputs' | 'constants'> & Partial<Pick<Scenario, 'layerMix' | 'presets'>>,
  roadmaps: readonly { company: string; sources: readonly string[] }[] = [],
  companies: readonly string[] = ['tsmc', 'smic'],
): string[] {
  const fromRoadmap = roadmaps.filter((r) => companies.includes(r.company)).flatMap((r) => r.sources);
  return [...new Set([...scenarioSourceIds(s), ...fromRoadmap])];
}
