import type { Db } from '../db/database';
import type { ExchangeSummary, HistoryEvent, ListQuery } from '../../shared/contract';
import { listQuerySchema } from '../../shared/contract';
import type { DistrictId } from '../../shared/districts';
import { exchangeStateSchema, type ExchangeState, UTFALL } from '../../shared/exchange/model';
import { type NextAction, stepOfNextAction } from '../../shared/exchange/next-action';
import type { StepId } from '../../shared/exchange/workflow';
import type { ExchangeEventAction } from '../../shared/privacy/audit';
import { z } from 'zod';
import { listSql, preparedList } from './exchange-list-sql';
import type { AuditLog } from '../audit/audit-log';

/** The columns a list filters and sorts on, derived from the state on every write. */
export interface ExchangeIndex {
  partnerDistrict: string;
  status: 'aktiv' | 'avsluttet';
  outcome: string | null;
  currentStep: StepId;
  nextAction: NextAction;
  closedAt: string | null;
}

export interface EventInput {
  at: string;
  actor: string;
  action: ExchangeEventAction;
  step: StepId | null;
  summary: string;
}

export interface StoredExchange {
  id: number;
  state: ExchangeState;
  createdAt: string;
  updatedAt: string;
}

interface ExchangeRow {
  id: number;
  reference: string;
  direction: 'utgaende' | 'innkommende';
  partner_district: string;
  status: 'aktiv' | 'avsluttet';
  outcome: string | null;
  current_step: string;
  next_action: string;
  next_side: string;
  due_date: string | null;
  malgruppe: string;
  created_at: string;
  updated_at: string;
  unsent: number;
  last_received: string | null;
}

// What crosses to the partner (migration 007), per row of a page: two index lookups each.
const SUMMARY_COLUMNS = `id, reference, direction, partner_district, status, outcome, current_step, next_action, next_side, due_date, malgruppe, created_at, updated_at,
  (SELECT count(*) FROM sync_outbox o WHERE o.exchange_id = exchanges.id AND o.update_seq IS NULL) AS unsent,
  (SELECT max(u.at) FROM sync_updates u WHERE u.exchange_id = exchanges.id AND u.direction = 'inn') AS last_received`;

const outcomeSchema = z.enum(UTFALL).nullable();

/**
 * A list row as the overview shows it. The columns are written only by this repository, from
 * typed values (exchangeColumns), so they are taken as they are: parsing 50 rows' codes with
 * zod on every page was a fifth of the overview's time.
 */
function toSummary(r: ExchangeRow, today: string): ExchangeSummary {
  const code = r.next_action as NextAction['code'];
  return {
    id: r.id,
    reference: r.reference,
    direction: r.direction,
    partnerDistrict: r.partner_district as DistrictId,
    status: r.status,
    outcome: r.outcome as ExchangeSummary['outcome'],
    currentStep: r.current_step as StepId,
    nextAction: {
      step: stepOfNextAction(code),
      code,
      side: r.next_side as NextAction['side'],
      dueDate: r.due_date,
      overdue: r.status === 'aktiv' && r.due_date !== null && r.due_date < today,
    },
    malgruppe: r.malgruppe ? (r.malgruppe.split(',') as ExchangeSummary['malgruppe']) : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    unsent: r.unsent,
    lastReceivedAt: r.last_received,
  };
}

/** A closed exchange, as retention sees it: no content. */
export interface ClosedExchange {
  id: number;
  reference: string;
  outcome: 'gjennomfort' | 'avslatt' | 'trukket' | 'avbrutt' | null;
  closedAt: string;
}

/** The list columns of an exchange as the table stores them (shared with the bench's bulk seeding). */
export function exchangeColumns(state: ExchangeState, index: ExchangeIndex) {
  return {
    partner: index.partnerDistrict,
    status: index.status,
    outcome: index.outcome,
    currentStep: index.currentStep,
    nextAction: index.nextAction.code,
    nextSide: index.nextAction.side,
    dueDate: index.nextAction.dueDate,
    malgruppe: state.kandidat.malgruppe.join(','),
    state: JSON.stringify(state),
    closedAt: index.closedAt,
  };
}

/** Every update of an exchange: the state and all the columns derived from it (shared with the bench's raw SQL). */
export const UPDATE_EXCHANGE_SQL = `
  UPDATE exchanges SET partner_district = @partner, status = @status, outcome = @outcome,
    current_step = @currentStep, next_action = @nextAction, next_side = @nextSide,
    due_date = @dueDate, malgruppe = @malgruppe, state = @state, updated_at = @now, closed_at = @closedAt
  WHERE id = @id`;

/**
 * Every write to an exchange goes through here, and each one writes its history event and
 * its audit row in the same transaction: a change is never stored without its trace.
 */
export function createExchangeRepository(db: Db, audit: AuditLog) {
  const insertStmt = db.prepare(`
    INSERT INTO exchanges (reference, direction, partner_district, status, outcome, current_step,
      next_action, next_side, due_date, malgruppe, state, created_at, updated_at, closed_at)
    VALUES (@reference, @direction, @partner, @status, @outcome, @currentStep,
      @nextAction, @nextSide, @dueDate, @malgruppe, @state, @now, @now, @closedAt)`);
  const updateStmt = db.prepare(UPDATE_EXCHANGE_SQL);
  const getStmt = db.prepare<[number], { id: number; state: string; created_at: string; updated_at: string }>(
    'SELECT id, state, created_at, updated_at FROM exchanges WHERE id = ?',
  );
  const byReferenceStmt = db.prepare<[string], { id: number }>('SELECT id FROM exchanges WHERE reference = ?');
  const insertEventStmt = db.prepare(`
    INSERT INTO events (exchange_id, at, actor, action, step, summary)
    VALUES (@exchangeId, @at, @actor, @action, @step, @summary)`);
  const closedStmt = db.prepare<[string], { id: number; reference: string; outcome: string | null; closed_at: string }>(
    "SELECT id, reference, outcome, closed_at FROM exchanges WHERE status = 'avsluttet' AND closed_at IS NOT NULL AND closed_at <= ? ORDER BY closed_at, id",
  );
  const deleteStmt = db.prepare<[number]>('DELETE FROM exchanges WHERE id = ?');
  const rowsByIdStmt = db.prepare<[string], ExchangeRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM exchanges WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const historyStmt = db.prepare<[number], { id: number; at: string; actor: string; action: string; step: string | null; summary: string }>(
    'SELECT id, at, actor, action, step, summary FROM events WHERE exchange_id = ? ORDER BY id DESC',
  );

  function get(id: number): StoredExchange | null {
    const row = getStmt.get(id);
    if (!row) return null;
    return {
      id: row.id,
      // Not parsed again: create and update checked it against the schema, and SQLCipher's
      // page MACs refuse bytes this app did not write.
      state: JSON.parse(row.state) as ExchangeState,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Reads an exchange for the coordinator and logs that it was opened, in one transaction. */
  const open = db.transaction((id: number): StoredExchange | null => {
    const stored = get(id);
    if (stored) audit.log({ action: 'apnet', exchangeId: id });
    return stored;
  });

  // The audit row names the event and a digest of it, so an event changed, slipped in or
  // removed outside the app is found by «Kontroller loggen» (src/main/audit/chain.ts).
  function writeEvent(exchangeId: number, e: EventInput): void {
    const id = Number(insertEventStmt.run({ exchangeId, ...e }).lastInsertRowid);
    audit.log({ action: e.action, exchangeId, step: e.step, actor: e.actor, at: e.at, event: { id, exchangeId, ...e } });
  }

  // Every state is checked against the schema on its way in, so reads can trust what they find.
  const create = db.transaction((unchecked: ExchangeState, index: ExchangeIndex, event: EventInput): number => {
    const state = exchangeStateSchema.parse(unchecked);
    const info = insertStmt.run({ reference: state.reference, direction: state.direction, now: event.at, ...exchangeColumns(state, index) });
    const id = Number(info.lastInsertRowid);
    writeEvent(id, event);
    return id;
  });

  /** Returns the state as stored: checked against the schema, unknown keys dropped. */
  const update = db.transaction((id: number, unchecked: ExchangeState, index: ExchangeIndex, event: EventInput): ExchangeState => {
    const state = exchangeStateSchema.parse(unchecked);
    const info = updateStmt.run({ id, now: event.at, ...exchangeColumns(state, index) });
    if (info.changes !== 1) throw new Error(`exchange ${id} vanished during update`);
    writeEvent(id, event);
    return state;
  });

  /** Deletes an exchange with its history (and all that cascades), leaving an audit row saying why. */
  const remove = db.transaction((id: number, why: { detail: string; actor?: string }): void => {
    // Logged first: the row takes the exchange's reference, which the delete removes.
    audit.log({ action: 'slettet', exchangeId: id, detail: why.detail, ...(why.actor ? { actor: why.actor } : {}) });
    if (deleteStmt.run(id).changes !== 1) throw new Error(`exchange ${id} vanished during delete`);
  });

  return {
    create,
    update,
    remove,
    /** Closed exchanges closed at or before `closedBy` (an ISO instant), oldest first. */
    closed(closedBy: string): ClosedExchange[] {
      return closedStmt.all(closedBy).map((r) => ({ id: r.id, reference: r.reference, outcome: outcomeSchema.parse(r.outcome), closedAt: r.closed_at }));
    },
    get,
    open,
    idByReference(reference: string): number | null {
      return byReferenceStmt.get(reference)?.id ?? null;
    },
    history(id: number): HistoryEvent[] {
      // The step column is only ever written by writeEvent above, from a typed StepId.
      return historyStmt.all(id) as HistoryEvent[];
    },
    list(query: ListQuery, today: string): { rows: ExchangeSummary[]; total: number } {
      const { countSql, pageSql, params } = listSql(listQuerySchema.parse(query), today);
      const total = preparedList(db, countSql).get(params) as number;
      const ids = preparedList(db, pageSql).all(params) as number[];
      // Only the page's rows are read, by id, and put back in the index's order.
      const rows = new Map(rowsByIdStmt.all(JSON.stringify(ids)).map((r) => [r.id, r]));
      return { rows: ids.map((id) => toSummary(rows.get(id)!, today)), total };
    },
  };
}
export type ExchangeRepository = ReturnType<typeof createExchangeRepository>;
