/**
 * One table as CSV, RFC 4180: CRLF line ends, a header row, fields quoted
 * when they hold a comma, a double quote or a line break (quotes doubled),
 * UTF-8 without a byte-order mark. Cells are the record's values as they
 * are: no "#" header lines and no spreadsheet-formula escaping, so the file
 * validates against the table's JSON Schema cell for cell. Pure.
 */
import { LIST_SEPARATOR, type Column } from './tables';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function valueAt(record: object, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);
}

/** A record's value for one column as cell text; empty for absent values. */
export function cellText(record: object, column: Column): string {
  const v = valueAt(record, column.path);
  if (v === undefined || v === null) return '';
  if (column.kind === 'json') return JSON.stringify(v);
  if (column.kind === 'list') {
    const items = v as unknown[];
    const bad = items.find((x) => String(x).includes(LIST_SEPARATOR));
    if (bad !== undefined) throw new Error(`list value ${JSON.stringify(bad)} in column ${column.name} contains "${LIST_SEPARATOR}"`);
    return items.join(LIST_SEPARATOR);
  }
  return String(v);
}

export function tableCsv(columns: Column[], records: object[]): string {
  const lines = [columns.map((c) => csvField(c.name)), ...records.map((r) => columns.map((c) => csvField(cellText(r, c))))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
