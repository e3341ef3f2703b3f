/**
 * npm run correction -- --file asml-china.json --record asml-china-2023 --field chinaSystemSalesEurM \
 *   --value 6362 --reason-en "Why, in English" --reason-zh "原因（中文）"
 * For a bilingual field (title, summary, note…): --value-en "…" --value-zh "…" instead of --value.
 * Optional: --date YYYY-MM-DD (default: today, UTC).
 *
 * Changes the field, appends the correction to content/data/meta.json and moves `updated`; refuses
 * without a reason in both languages, and when the dataset would no longer validate.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRawDataset } from '../src/lib/load-data';
import { DATA_DIR } from '../src/lib/validate';
import { recordCorrection } from '../src/lib/record-correction';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    record: { type: 'string' },
    field: { type: 'string' },
    value: { type: 'string' },
    'value-en': { type: 'string' },
    'value-zh': { type: 'string' },
    'reason-en': { type: 'string' },
    'reason-zh': { type: 'string' },
    date: { type: 'string' },
    dir: { type: 'string' },
  },
});

const missing = (['file', 'record', 'field'] as const).filter((k) => !values[k]);
if (missing.length) {
  console.error(`npm run correction: missing ${missing.map((k) => `--${k}`).join(', ')} (see the README, "Correcting a published figure")`);
  process.exit(2);
}
const dir = resolve(values.dir ?? DATA_DIR);
const { raw, problems } = readRawDataset(dir);
if (problems.length) {
  console.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  process.exit(1);
}
const result = recordCorrection(raw, {
  file: values.file!,
  record: values.record!,
  field: values.field!,
  value: values.value,
  valueEn: values['value-en'],
  valueZh: values['value-zh'],
  reasonEn: values['reason-en'],
  reasonZh: values['reason-zh'],
  date: values.date ?? new Date().toISOString().slice(0, 10),
});
if (!result.ok) {
  console.error(`Refused, nothing written:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
for (const [file, records] of Object.entries(result.files)) writeFileSync(join(dir, file), `${JSON.stringify(records, null, 2)}\n`);
const c = result.correction;
console.log(`Recorded: ${c.file} "${c.record}" ${c.field}: ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)} (${c.date}); meta.json "updated" is ${c.date} or later.`);
