import type { Migration } from './index';

/**
 * Why dwellings were declined at viewings, for the pilot statistics: one virtual column per
 * coded reason, counting the exchange's declined rounds with that reason, in a partial index
 * that replaces 004's declined one, so the statistics still read one index range and no row.
 *
 * A count over an array cannot use json_each in a generated column, so it counts the code in
 * the rounds' JSON text: the app writes `"grunnKode":"<code>"` exactly so, and codes are
 * plain lowercase words that cannot occur inside another value's quotes. The codes are
 * copied here as they were when this migration shipped; a later code needs a migration.
 */
export const DECLINED_REASON_CODES = ['beliggenhet', 'storrelse', 'standard', 'tilgjengelighet', 'bomiljo', 'husleie', 'annet'] as const;

const ROUNDS = `coalesce(json_extract(state, '$.visning.runder'), '')`;

function countOf(code: string): string {
  const needle = `"grunnKode":"${code}"`;
  return `(length(${ROUNDS}) - length(replace(${ROUNDS}, '${needle}', ''))) / ${needle.length}`;
}

export const m005_declined_reasons: Migration = {
  version: 5,
  name: 'declined_reasons',
  up(db) {
    for (const code of DECLINED_REASON_CODES) {
      db.exec(`ALTER TABLE exchanges ADD COLUMN declined_${code} INTEGER GENERATED ALWAYS AS (${countOf(code)}) VIRTUAL`);
    }
    const columns = DECLINED_REASON_CODES.map((c) => `declined_${c}`).join(', ');
    db.exec(`CREATE INDEX exchanges_stats_declined_reasons ON exchanges (last_viewing_date, partner_district, declined_viewings, ${columns}) WHERE declined_viewings > 0`);
    // 004's index on the same range carries a subset of this one's columns.
    db.exec('DROP INDEX exchanges_stats_declined');
  },
};
