import type { StatsTable } from '../../shared/stats/tables';
import { type Column, DataTable } from './DataTable';

type StatsRow = StatsTable['rows'][number];

/**
 * A statistics table as the screen shows it, with its notes below: the same rows and notes the
 * CSV file and the PDF report get. The first cell of a row names it.
 */
export function StatsTableView({ table }: { table: StatsTable }) {
  const columns = table.columns.map(
    (column, i): Column<StatsRow> => ({ header: column.header, numeric: column.numeric, rowHeader: i === 0, cell: (row) => row[i] }),
  );
  return (
    <DataTable caption={table.title} columns={columns} rows={table.rows} rowKey={(row) => row[0] ?? ''} testId={`tabell-${table.id}`}>
      {table.notes.map((note) => (
        <p key={note} className="bo-help" data-testid={`merknad-${table.id}`}>
          {note}
        </p>
      ))}
    </DataTable>
  );
}
