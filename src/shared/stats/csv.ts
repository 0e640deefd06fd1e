import type { StatsTable } from './tables';

/** Excel (Norwegian locale) opens semicolon-separated UTF-8 with a byte order mark correctly, æøå included. */
const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function line(values: readonly string[]): string {
  return values.map(field).join(SEPARATOR);
}

/**
 * The report as one CSV file: a title, label;value lines about the report, then each table
 * under its title with a header line and its own notes, separated by blank lines, then the notes.
 * `notice` (training mode) comes first, before the title.
 */
export function statsCsv(title: string, meta: readonly [string, string][], tables: readonly StatsTable[], notes: readonly string[], notice?: string): string {
  const lines: string[] = [...(notice ? [line([notice])] : []), line([title]), ...meta.map((m) => line(m))];
  for (const table of tables) {
    lines.push('', line([table.title]), line(table.columns.map((c) => c.header)), ...table.rows.map(line), ...table.notes.map((n) => line([n])));
  }
  lines.push('', line(['Merknader']), ...notes.map((n) => line([n])));
  return BOM + lines.join(NEWLINE) + NEWLINE;
}
