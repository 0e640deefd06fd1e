import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrations';
import { DECLINED_REASON_CODES } from '../../../src/main/db/migrations/005_declined_reasons';
import { applyAction } from '../../../src/shared/exchange/actions';
import { type ExchangeState, VISNING_AVSLAGSGRUNNER } from '../../../src/shared/exchange/model';
import { fullRoutine, kandidat } from '../../support/fixtures';
import { tempDir } from '../../support/test-app';

const ctx = { today: '2026-05-06', recentMeetingDays: 30, openProfileFindings: () => 0 };

/** The fixture routine to its first viewing, declined for `reason`, then declined again for `again`. */
function declinedTwice(reason: string, again: string): ExchangeState {
  const start: ExchangeState = { reference: `BYTTE-${reason.slice(0, 4).toUpperCase()}-0001`, direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat };
  const routine = fullRoutine();
  const upToViewing = routine.findIndex((a) => a.type === 'visning.utfall');
  let s = routine.slice(0, upToViewing).reduce((st, a) => applyAction(st, a, ctx), start);
  const bolig = routine.find((a) => a.type === 'tildeling.bolig')!;
  const tildelt = routine.find((a) => a.type === 'tildeling.tildelt')!;
  const plan = routine.find((a) => a.type === 'visning.planlegg')!;
  for (const code of [reason, again]) {
    s = applyAction(s, { type: 'visning.utfall', utfall: 'avslatt', grunnKode: code as never, grunn: code === 'annet' ? 'Ville bo nærmere familien.' : '', dato: '2026-04-15' }, ctx);
    for (const a of [bolig, tildelt, plan]) s = applyAction(s, a, ctx);
  }
  return s;
}

function insert(db: Database.Database, state: ExchangeState): number {
  const now = '2026-03-02T09:00:00.000Z';
  return Number(
    db
      .prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
        VALUES (?, 'utgaende', 'grunerlokka', 'aktiv', 'visning', 'ingen', 'vi', 'rus', ?, ?, ?)`)
      .run(state.reference, JSON.stringify(state), now, now).lastInsertRowid,
  );
}

const COLUMNS = DECLINED_REASON_CODES.map((c) => `declined_${c}`).join(', ');

describe('migration 005_declined_reasons', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('counts each exchange\'s declined dwellings per coded reason, old rounds without a code in none, and sets user_version 5', () => {
    db = new Database(path.join(tempDir(), 'm.db'));
    migrate(db, 4);
    const twice = insert(db, declinedTwice('bomiljo', 'bomiljo'));
    const mixed = insert(db, declinedTwice('husleie', 'annet'));
    // A round registered before the reasons were coded: counted as declined, under no reason.
    const legacy = declinedTwice('storrelse', 'standard');
    for (const r of legacy.visning!.runder) delete r.grunnKode;
    const old = insert(db, { ...legacy, reference: 'BYTTE-GAML-0001' });
    migrate(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);

    const row = (id: number) => db.prepare(`SELECT declined_viewings, ${COLUMNS} FROM exchanges WHERE id = ?`).get(id);
    const zero = Object.fromEntries(DECLINED_REASON_CODES.map((c) => [`declined_${c}`, 0]));
    expect(row(twice)).toEqual({ ...zero, declined_viewings: 2, declined_bomiljo: 2 });
    expect(row(mixed)).toEqual({ ...zero, declined_viewings: 2, declined_husleie: 1, declined_annet: 1 });
    expect(row(old)).toEqual({ ...zero, declined_viewings: 2 });
  });

  it('holds the codes the app writes: a new code needs a new migration', () => {
    expect([...DECLINED_REASON_CODES]).toEqual([...VISNING_AVSLAGSGRUNNER]);
  });
});
