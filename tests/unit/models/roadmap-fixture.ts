/** A small roadmap written for the gap tests (not the real data): a leader with a clean two-year pace, a follower. */
import type { RoadmapNode } from '../../../src/lib/schema';

const node = (id: string, company: string, name: string, generation: number, extra: Partial<RoadmapNode>): RoadmapNode => ({
  id,
  company,
  node: name,
  generation,
  status: 'achieved',
  lithography: 'euv',
  sources: ['fixture'],
  ...extra,
});

export const ROADMAP: RoadmapNode[] = [
  node('l-16', 'tsmc', 'L16', 1, { achieved: 2015, lithography: 'duv-multipatterning' }),
  node('l-10', 'tsmc', 'L10', 2, { achieved: 2017, lithography: 'duv-multipatterning' }),
  node('l-7', 'tsmc', 'L7', 3, { achieved: 2018, lithography: 'duv-multipatterning' }),
  node('l-5', 'tsmc', 'L5', 4, { achieved: 2020 }),
  node('l-3', 'tsmc', 'L3', 5, { achieved: 2022 }),
  node('l-2', 'tsmc', 'L2', 6, { achieved: 2025 }),
  node('l-16a', 'tsmc', 'L1.6', 6.5, { status: 'planned', announcedFor: 2026 }),
  node('l-14a', 'tsmc', 'L1.4', 7, { status: 'planned', announcedFor: 2028 }),
  node('l-dead', 'tsmc', 'Ldead', 8, { status: 'cancelled', announcedFor: 2027 }),
  node('f-14', 'smic', 'F14', 1, { achieved: 2019, lithography: 'duv-multipatterning' }),
  node('f-n2', 'smic', 'F+2', 3, { achieved: 2023, lithography: 'duv-multipatterning' }),
  node('f-n3', 'smic', 'F+3', 3.5, { achieved: 2025, lithography: 'duv-multipatterning' }),
  node('o-3', 'samsung', 'O3', 5, { achieved: 2022 }),
];
