import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrations';
import { applyAction } from '../../../src/shared/exchange/actions';
import type { ExchangeState } from '../../../src/shared/exchange/model';
import { fullRoutine, kandidat } from '../../support/fixtures';
import { tempDir } from '../../support/test-app';

function rawDb() {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

/** The fixture routine's state after its first `steps` actions. */
function stateAfter(steps: number): ExchangeState {
  const start: ExchangeState = { reference: 'BYTTE-TEST-0001', direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat };
  return fullRoutine()
    .slice(0, steps)
    .reduce((s, a) => applyAction(s, a, { today: '2026-05-06', recentMeetingDays: 30, openProfileFindings: () => 0 }), start);
}

function insert(db: Database.Database, state: ExchangeState): number {
  const now = '2026-03-02T09:00:00.000Z';
  return Number(
    db
      .prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
        VALUES (?, 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', ?, ?, ?)`)
      .run(state.reference, JSON.stringify(state), now, now).lastInsertRowid,
  );
}

const DERIVED = `profile_sent_date, answer_date, refusal_reason, last_viewing_date, accepted_date, allocated_date, declined_viewings,
  move_in_date, first_follow_up_date, closed_date, answer_days, allocation_days, move_in_days, follow_up_days`;

describe('migration 004_stats', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('derives what the statistics count from existing exchanges, and sets user_version 4', () => {
    db = rawDb();
    migrate(db, 3);
    const id = insert(db, stateAfter(fullRoutine().length));
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    // The fixture: sent 05.03, yes 15.03, a declined viewing, the second dwelling allocated 21.04 and
    // accepted 23.04, moved in 01.05, first follow-up 04.05, closed 06.05.
    expect(db.prepare(`SELECT ${DERIVED} FROM exchanges WHERE id = ?`).get(id)).toEqual({
      profile_sent_date: '2026-03-05',
      answer_date: '2026-03-15',
      refusal_reason: null,
      last_viewing_date: '2026-04-23',
      accepted_date: '2026-04-23',
      allocated_date: '2026-04-21',
      declined_viewings: 1,
      move_in_date: '2026-05-01',
      first_follow_up_date: '2026-05-04',
      closed_date: '2026-05-06',
      answer_days: 10,
      allocation_days: 37,
      move_in_days: 10,
      follow_up_days: 3,
    });
  });

  it('follows the state as it changes: a declined viewing is no accepted dwelling', () => {
    db = rawDb();
    migrate(db);
    const declinedOnly = stateAfter(11); // up to the first viewing, declined
    const id = insert(db, declinedOnly);
    expect(db.prepare('SELECT last_viewing_date, accepted_date, allocated_date, declined_viewings, allocation_days FROM exchanges WHERE id = ?').get(id)).toEqual({
      last_viewing_date: '2026-04-15',
      accepted_date: null,
      allocated_date: null,
      declined_viewings: 1,
      allocation_days: null,
    });
    db.prepare('UPDATE exchanges SET state = ? WHERE id = ?').run(JSON.stringify(stateAfter(2)), id);
    expect(db.prepare(`SELECT profile_sent_date, answer_date, last_viewing_date, declined_viewings, answer_days FROM exchanges WHERE id = ?`).get(id)).toEqual({
      profile_sent_date: '2026-03-05',
      answer_date: null,
      last_viewing_date: null,
      declined_viewings: 0,
      answer_days: null,
    });
  });

  it('reads a refusal’s coded reason, never its free text', () => {
    db = rawDb();
    migrate(db);
    const refused = applyAction(stateAfter(3), { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-14', grunn: 'ingen_egnet_bolig', kommentar: 'Fritekst som ikke skal telles.' } }, {
      today: '2026-03-14',
      recentMeetingDays: 30,
      openProfileFindings: () => 0,
    });
    const id = insert(db, refused);
    expect(db.prepare('SELECT refusal_reason, answer_days, closed_date FROM exchanges WHERE id = ?').get(id)).toEqual({
      refusal_reason: 'ingen_egnet_bolig',
      answer_days: 9,
      closed_date: '2026-03-14',
    });
  });

  it('replaces 001’s narrow list indexes with covering ones and indexes every statistic', () => {
    db = rawDb();
    migrate(db, 4);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'exchanges' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(indexes).not.toEqual(expect.arrayContaining(['exchanges_status_updated']));
    expect(indexes).toEqual(
      expect.arrayContaining([
        'exchanges_list_updated',
        'exchanges_list_created',
        'exchanges_list_reference',
        'exchanges_list_due',
        'exchanges_list_status',
        'exchanges_stats_sent',
        'exchanges_stats_accepted',
        'exchanges_stats_closed',
        'exchanges_stats_refusal',
        'exchanges_stats_answer_days',
        'exchanges_stats_allocation_days',
        'exchanges_stats_move_in_days',
        'exchanges_stats_follow_up_days',
        'exchanges_stats_declined',
        'exchanges_retention',
      ]),
    );
  });
});
