import type { Migration } from './index';

/**
 * Statistics and the overview at scale: nothing that counts, filters or sorts exchanges may
 * read their rows. A row holds the exchange's JSON state (several pages at 100,000
 * exchanges), and the columns after it sit on overflow pages, so one row read is several
 * page reads and decryptions.
 *
 * Statistics: what they count is derived from `state` as virtual columns (the state stays the
 * one source of truth), each with a partial index. SQLite takes an indexed expression's value
 * from the index, so a statistics query reads one index range and never parses JSON. Each
 * index leads with what its query seeks on and carries what it reads.
 *
 * A viewing round is accepted at most once and always last (the reducer refuses rounds after
 * it), so the accepted dwelling is the last round's, and its allocation date is the one in
 * `tildeling` (a declined round clears it, an accepted one freezes it).
 *
 * The overview: one covering index per sort order, leading with the sort key (and id, the
 * tie-break) and holding every filter column, and one leading with status for counts (see
 * src/main/repositories/exchange-list-sql.ts). They replace 001's narrow indexes, which made
 * the planner filter in the index and then read every matching row to sort it.
 */
const COLUMNS: [name: string, type: string, expr: string][] = [
  ['profile_sent_date', 'TEXT', `json_extract(state, '$.brukerprofil.sendtDato')`],
  ['answer_date', 'TEXT', `json_extract(state, '$.svar.dato')`],
  ['refusal_reason', 'TEXT', `json_extract(state, '$.svar.grunn')`],
  ['last_viewing_date', 'TEXT', `json_extract(state, '$.visning.runder[#-1].registrertDato')`],
  [
    'accepted_date',
    'TEXT',
    `CASE WHEN json_extract(state, '$.visning.runder[#-1].utfall') = 'akseptert' THEN last_viewing_date END`,
  ],
  ['allocated_date', 'TEXT', `CASE WHEN accepted_date IS NOT NULL THEN json_extract(state, '$.tildeling.tildeltDato') END`],
  ['declined_viewings', 'INTEGER', `coalesce(json_array_length(state, '$.visning.runder'), 0) - (accepted_date IS NOT NULL)`],
  ['move_in_date', 'TEXT', `json_extract(state, '$.ansvarGammel.innflyttingsdato')`],
  ['first_follow_up_date', 'TEXT', `json_extract(state, '$.ansvarNy.forsteOppfolgingDato')`],
  ['closed_date', 'TEXT', `json_extract(state, '$.avsluttet.dato')`],
  // Whole days between two steps (julianday of a date is a whole number); NULL until both are set.
  ['answer_days', 'INTEGER', `CAST(julianday(answer_date) - julianday(profile_sent_date) AS INTEGER)`],
  ['allocation_days', 'INTEGER', `CAST(julianday(allocated_date) - julianday(answer_date) AS INTEGER)`],
  ['move_in_days', 'INTEGER', `CAST(julianday(move_in_date) - julianday(allocated_date) AS INTEGER)`],
  ['follow_up_days', 'INTEGER', `CAST(julianday(first_follow_up_date) - julianday(move_in_date) AS INTEGER)`],
];

const INDEXES: [name: string, columns: string, where?: string][] = [
  // Balance: per direction and partner, one seek each, in group order.
  ['exchanges_stats_sent', 'direction, partner_district, profile_sent_date', 'profile_sent_date IS NOT NULL'],
  ['exchanges_stats_accepted', 'direction, partner_district, accepted_date', 'accepted_date IS NOT NULL'],
  // Pilot figures: per outcome or reason, one seek each; durations as one date range.
  ['exchanges_stats_closed', 'outcome, closed_date, partner_district', 'closed_date IS NOT NULL'],
  ['exchanges_stats_refusal', 'refusal_reason, answer_date, partner_district', 'refusal_reason IS NOT NULL'],
  ['exchanges_stats_answer_days', 'answer_date, answer_days, partner_district', 'answer_days IS NOT NULL'],
  ['exchanges_stats_allocation_days', 'allocated_date, allocation_days, partner_district', 'allocation_days IS NOT NULL'],
  ['exchanges_stats_move_in_days', 'move_in_date, move_in_days, partner_district', 'move_in_days IS NOT NULL'],
  ['exchanges_stats_follow_up_days', 'first_follow_up_date, follow_up_days, partner_district', 'follow_up_days IS NOT NULL'],
  ['exchanges_stats_declined', 'last_viewing_date, declined_viewings, partner_district', 'declined_viewings > 0'],
  // The overview; created_at also serves the statistics' "registered in the period".
  ['exchanges_list_updated', 'updated_at, id, status, direction, partner_district, current_step, due_date, created_at, reference'],
  ['exchanges_list_created', 'created_at, id, status, direction, partner_district, current_step, due_date, reference'],
  ['exchanges_list_reference', 'reference, status, direction, partner_district, current_step, due_date, created_at'],
  ['exchanges_list_due', "coalesce(due_date, '9999-12-31'), id, status, direction, partner_district, current_step, due_date, created_at, reference"],
  ['exchanges_list_status', 'status, direction, partner_district, current_step, due_date, created_at, reference'],
  // Retention lists every closed exchange at each start: from the index, not from 88,000 rows.
  ['exchanges_retention', 'status, closed_at, id, outcome, reference'],
];

const SUPERSEDED = ['exchanges_status_updated', 'exchanges_direction_status_updated', 'exchanges_partner', 'exchanges_step', 'exchanges_due'];

export const m004_stats: Migration = {
  version: 4,
  name: 'stats',
  up(db) {
    for (const [name, type, expr] of COLUMNS) {
      db.exec(`ALTER TABLE exchanges ADD COLUMN ${name} ${type} GENERATED ALWAYS AS (${expr}) VIRTUAL`);
    }
    for (const name of SUPERSEDED) db.exec(`DROP INDEX ${name}`);
    for (const [name, columns, where] of INDEXES) {
      db.exec(`CREATE INDEX ${name} ON exchanges (${columns})${where ? ` WHERE ${where}` : ''}`);
    }
  },
};
