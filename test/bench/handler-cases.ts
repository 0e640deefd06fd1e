import type { App } from '../../src/main/app';
import { createAuditLog } from '../../src/main/audit/audit-log';
import type { SigningKey } from '../../src/main/identity/signing-key';
import { actionContext } from '../../src/main/handlers/exchanges';
import { indexOf } from '../../src/main/handlers/exchange-state';
import { exchangeColumns, UPDATE_EXCHANGE_SQL } from '../../src/main/repositories/exchange-repository';
import { createSettingsRepository } from '../../src/main/repositories/settings-repository';
import { applyAction, type ExchangeAction } from '../../src/shared/exchange/actions';
import type { ExchangeState } from '../../src/shared/exchange/model';
import { listSql } from '../../src/main/repositories/exchange-list-sql';
import { STATS_SQL, statsParams, yearsOf } from '../../src/main/stats/stats-repository';
import { listQuerySchema, type ListQuery } from '../../src/shared/contract';
import type { StatsQuery } from '../../src/shared/contract-stats';
import { profil } from '../support/fixtures';

/** One thing the coordinator does, through the dispatcher, and the same data fetched with bare SQL. */
export interface HandlerCase {
  name: string;
  handler: (i: number) => Promise<unknown>;
  raw: (i: number) => unknown;
}

async function ok(app: App, channel: string, input: unknown): Promise<unknown> {
  const r = await app.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

const ROWS_BY_ID = `SELECT id, reference, direction, partner_district, status, outcome, current_step, next_action, next_side,
  due_date, malgruppe, created_at, updated_at FROM exchanges WHERE id IN (SELECT value FROM json_each(?))`;

function listCase(app: App, name: string, query: ListQuery, today: string): HandlerCase {
  const { countSql, pageSql, params } = listSql(listQuerySchema.parse(query), today);
  const count = app.db.prepare(countSql).pluck();
  const page = app.db.prepare(pageSql).pluck();
  const rows = app.db.prepare(ROWS_BY_ID);
  return {
    name,
    handler: () => ok(app, 'exchanges.list', query),
    raw: () => {
      count.get(params);
      rows.all(JSON.stringify(page.all(params)));
    },
  };
}

function statsCase(app: App, name: string, channel: 'stats.pilot' | 'stats.balance', q: StatsQuery): HandlerCase {
  // The same statements the repository runs, the durations as bare values as it reads them.
  const prepare = (sql: string, pluck = false) => (pluck ? app.db.prepare(sql).pluck() : app.db.prepare(sql));
  const statements =
    channel === 'stats.pilot'
      ? [
          ...[STATS_SQL.started, STATS_SQL.closed, STATS_SQL.refusals, STATS_SQL.declined].map((sql) => prepare(sql)),
          ...Object.values(STATS_SQL.durations).map((sql) => prepare(sql, true)),
        ]
      : [STATS_SQL.sent, STATS_SQL.accepted].map((sql) => prepare(sql));
  const params = (channel === 'stats.pilot' ? [q] : yearsOf(q).map((y) => y.query)).map(statsParams);
  return {
    name,
    handler: () => ok(app, channel, q),
    raw: () => {
      for (const p of params) for (const s of statements) s.all(p);
    },
  };
}

/**
 * The handler cases of the bench. `ids` are exchanges to open; `drafts` are exchanges whose
 * profile is still a draft, so saving it is always allowed (the autosave a coordinator triggers).
 */
const saveAction: ExchangeAction = { type: 'brukerprofil.lagre', profil, avvisteFunn: [] };

export function handlerCases(
  app: App,
  opts: { today: string; year: number; reference: string; ids: number[]; drafts: number[]; signingKey: SigningKey },
): HandlerCase[] {
  const db = app.db;
  const getRow = db.prepare('SELECT id, state, created_at, updated_at FROM exchanges WHERE id = ?');
  const history = db.prepare('SELECT id, at, actor, action, step, summary FROM events WHERE exchange_id = ? ORDER BY id DESC');
  const update = db.prepare(UPDATE_EXCHANGE_SQL);
  const SUMMARY = 'Utkast til brukerprofil lagret.';
  const event = db.prepare(`INSERT INTO events (exchange_id, at, actor, action, step, summary) VALUES (?, ?, 'bench', 'brukerprofil.lagre', 'brukerprofil', '${SUMMARY}')`);
  // The handlers also append a hash-chained, signed audit row, durably. The raw side appends
  // the same row with the same audit module and key (rows the app then continues, as it would
  // another writer's), so the ratio is the handlers' own overhead: validation, JSON, the reducer.
  const audit = createAuditLog(db, { now: () => new Date(), actor: () => 'bench', signingKey: opts.signingKey });
  const rawOpen = db.transaction((id: number) => {
    getRow.get(id);
    audit.log({ action: 'apnet', exchangeId: id });
  });
  // Saving a profile changes the stored JSON's length, so the row's overflow pages move. The
  // raw SQL writes what the handler would have written (worked out beforehand, untimed) with
  // the repository's own UPDATE, to drafts of its own: both do that page work, and the ratio
  // is the handler's overhead alone.
  const handlerDrafts = opts.drafts.filter((_, i) => i % 2 === 0);
  const settings = createSettingsRepository(db).get()!;
  const saved = new Map(
    opts.drafts
      .filter((_, i) => i % 2 === 1)
      .slice(0, 1000)
      .map((id) => {
        const state = JSON.parse((getRow.get(id) as { state: string }).state) as ExchangeState;
        const next = applyAction(state, saveAction, actionContext(settings, new Date()));
        return [id, exchangeColumns(next, indexOf(next, new Date().toISOString(), settings))] as const;
      }),
  );
  const rawDrafts = [...saved.keys()];
  const rawSave = db.transaction((id: number) => {
    const at = new Date().toISOString();
    update.run({ ...saved.get(id)!, now: at, id });
    const eventId = Number(event.run(id, at).lastInsertRowid);
    audit.log({
      action: 'brukerprofil.lagre',
      exchangeId: id,
      step: 'brukerprofil',
      at,
      event: { id: eventId, exchangeId: id, at, actor: 'bench', action: 'brukerprofil.lagre', step: 'brukerprofil', summary: SUMMARY },
    });
  });
  const year: StatsQuery = { from: `${opts.year}-01-01`, to: `${opts.year}-12-31` };
  const pick = (list: number[], i: number) => list[i % list.length]!;
  return [
    listCase(app, 'Oversikt, første side (aktive, sist endret)', {}, opts.today),
    listCase(app, 'Oversikt, filtrert og sortert (utgående, Grünerløkka, alle, opprettet i fjor, nyeste)', {
      status: 'alle',
      direction: 'utgaende',
      partner: 'grunerlokka',
      createdFrom: year.from,
      createdTo: year.to,
      sort: 'nyeste',
    }, opts.today),
    listCase(app, 'Søk på referanse', { status: 'alle', search: opts.reference }, opts.today),
    {
      // Each side opens exchanges of its own: one opened just before by the other would be in
      // the page cache already.
      name: 'Åpne et bytte med historikk',
      handler: async (i) => {
        const id = pick(opts.ids, 2 * i);
        await ok(app, 'exchanges.get', { id });
        await ok(app, 'exchanges.history', { id });
      },
      raw: (i) => {
        const id = pick(opts.ids, 2 * i + 1);
        rawOpen(id);
        history.all(id);
      },
    },
    {
      name: 'Registrer et steg (exchanges.act)',
      handler: (i) => ok(app, 'exchanges.act', { id: pick(handlerDrafts, i), action: saveAction }),
      raw: (i) => rawSave(pick(rawDrafts, i)),
    },
    statsCase(app, `Statistikk for ett år (stats.pilot ${opts.year})`, 'stats.pilot', year),
    statsCase(app, `Balanse for ett år (stats.balance ${opts.year})`, 'stats.balance', year),
  ];
}
