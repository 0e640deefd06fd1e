import type { ReactNode } from 'react';

type DataAttributes = Partial<Record<`data-${string}`, string | number>>;

export interface Column<Row> {
  header: string;
  /** The header is for screen readers only (a column of buttons that name themselves). */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell names its row for screen readers (`th scope="row"`). */
  rowHeader?: boolean;
  /** Right-aligned figures, header included. */
  numeric?: boolean;
  /** Classes of the body cells, e.g. `bo-nowrap`. */
  className?: string;
  /** Marks the body cells with `data-column`, for tests that read one column. */
  name?: string;
}

interface DataTableProps<Row> {
  /** Names the table for screen readers; on screen the section's heading already does. */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  rowData?: (row: Row) => DataAttributes;
  /** Said instead of an empty table. */
  empty?: string;
  testId?: string;
  /** Below the table, inside its scrolling frame (notes on the figures). */
  children?: ReactNode;
}

/** The app's table: a caption, column headers with scope, one row per item. */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowData, empty, testId, children }: DataTableProps<Row>) {
  if (empty !== undefined && rows.length === 0) return <p>{empty}</p>;
  const numeric = (column: Column<Row>) => (column.numeric ? 'bo-num' : undefined);
  return (
    <div className="bo-table-wrap">
      <table className="bo-table" data-testid={testId}>
        <caption className="bo-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={numeric(column)}>
                {column.headerHidden ? <span className="bo-visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((column) => {
                const className = [numeric(column), column.className].filter(Boolean).join(' ') || undefined;
                return column.rowHeader ? (
                  <th key={column.header} scope="row" className={className} data-column={column.name}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={className} data-column={column.name}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </div>
  );
}
