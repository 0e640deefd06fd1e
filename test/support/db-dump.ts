import type { Db } from '../../src/main/db/database';

function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (t) => t.name,
  );
}

/** Every row of every table, in rowid order: two databases with equal dumps hold the same data. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(tableNames(db).map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Row counts of every table, for "nothing was written". */
export function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(tableNames(db).map((name) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}
