import type { StatsTable } from '../../shared/stats/tables';

/**
 * A statistics table as the screen shows it, with its notes below: the same rows and notes the
 * CSV file and the PDF report get.
 * Its caption names it for screen readers; on screen the section's heading already does.
 */
export function StatsTableView({ table }: { table: StatsTable }) {
  return (
    <div className="bo-table-wrap">
      <table className="bo-table" data-testid={`tabell-${table.id}`}>
        <caption className="bo-visually-hidden">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'bo-num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={table.columns[i]?.numeric ? 'bo-num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes.map((note) => (
        <p key={note} className="bo-help" data-testid={`merknad-${table.id}`}>
          {note}
        </p>
      ))}
    </div>
  );
}
