/** Validates content/data/ and prints one line per problem; exit 1 when any. Run: npx tsx scripts/check-data.ts */
import { DataError, loadDataset } from '../src/lib/load-data';

try {
  const ds = loadDataset();
  console.log(
    `ok: ${ds.events.length} events, ${ds.sources.length} sources, ${ds.roadmaps.length} roadmap nodes, ` +
      `${ds.chips.length} chip records, ${ds.measures.length} measures, ${ds.glossary.length} glossary terms (as of ${ds.meta.asOf})`,
  );
} catch (err) {
  if (err instanceof DataError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
