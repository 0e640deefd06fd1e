import type { Db } from '../db/database';
import type { ExchangeSummary, HistoryEvent, ListQuery } from '../../shared/contract';
import { listQuerySchema } from '../../shared/contract';
import { districtIdSchema } from '../../shared/districts';
import { exchangeStateSchema, type ExchangeState, malgruppeSchema } from '../../shared/exchange/model';
import { type NextAction, stepOfNextAction } from '../../shared/exchange/next-action';
import { STEPS, type StepId } from '../../shared/exchange/workflow';
import { z } from 'zod';

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
  action: string;
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
}

const SUMMARY_COLUMNS =
  'id, reference, direction, partner_district, status, outcome, current_step, next_action, next_side, due_date, malgruppe, created_at, updated_at';

const ORDER_BY: Record<z.output<typeof listQuerySchema>['sort'], string> = {
  sist_endret: 'updated_at DESC, id DESC',
  nyeste: 'created_at DESC, id DESC',
  eldste: 'created_at ASC, id ASC',
  referanse: 'reference ASC',
  frist: 'due_date IS NULL, due_date ASC, id ASC',
};

const stepSchema = z.enum(STEPS);
const outcomeSchema = z.enum(['gjennomfort', 'avslatt', 'trukket', 'avbrutt']).nullable();
const sideSchema = z.enum(['vi', 'partner', 'begge']);

function toSummary(r: ExchangeRow, today: string): ExchangeSummary {
  const code = r.next_action as NextAction['code'];
  return {
    id: r.id,
    reference: r.reference,
    direction: r.direction,
    partnerDistrict: districtIdSchema.parse(r.partner_district),
    status: r.status,
    outcome: outcomeSchema.parse(r.outcome),
    currentStep: stepSchema.parse(r.current_step),
    nextAction: {
      step: stepOfNextAction(code),
      code,
      side: sideSchema.parse(r.next_side),
      dueDate: r.due_date,
      overdue: r.status === 'aktiv' && r.due_date !== null && r.due_date < today,
    },
    malgruppe: r.malgruppe ? r.malgruppe.split(',').map((m) => malgruppeSchema.parse(m)) : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function createExchangeRepository(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO exchanges (reference, direction, partner_district, status, outcome, current_step,
      next_action, next_side, due_date, malgruppe, state, created_at, updated_at, closed_at)
    VALUES (@reference, @direction, @partner, @status, @outcome, @currentStep,
      @nextAction, @nextSide, @dueDate, @malgruppe, @state, @now, @now, @closedAt)`);
  const updateStmt = db.prepare(`
    UPDATE exchanges SET partner_district = @partner, status = @status, outcome = @outcome,
      current_step = @currentStep, next_action = @nextAction, next_side = @nextSide,
      due_date = @dueDate, malgruppe = @malgruppe, state = @state, updated_at = @now, closed_at = @closedAt
    WHERE id = @id`);
  const getStmt = db.prepare<[number], { id: number; state: string; created_at: string; updated_at: string }>(
    'SELECT id, state, created_at, updated_at FROM exchanges WHERE id = ?',
  );
  const byReferenceStmt = db.prepare<[string], { id: number }>('SELECT id FROM exchanges WHERE reference = ?');
  const insertEventStmt = db.prepare(`
    INSERT INTO events (exchange_id, at, actor, action, step, summary)
    VALUES (@exchangeId, @at, @actor, @action, @step, @summary)`);
  const historyStmt = db.prepare<[number], { id: number; at: string; actor: string; action: string; step: string | null; summary: string }>(
    'SELECT id, at, actor, action, step, summary FROM events WHERE exchange_id = ? ORDER BY id DESC',
  );

  function columns(state: ExchangeState, index: ExchangeIndex) {
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

  function writeEvent(exchangeId: number, e: EventInput): void {
    insertEventStmt.run({ exchangeId, ...e });
  }

  const create = db.transaction((state: ExchangeState, index: ExchangeIndex, event: EventInput): number => {
    const info = insertStmt.run({ reference: state.reference, direction: state.direction, now: event.at, ...columns(state, index) });
    const id = Number(info.lastInsertRowid);
    writeEvent(id, event);
    return id;
  });

  const update = db.transaction((id: number, state: ExchangeState, index: ExchangeIndex, event: EventInput): void => {
    const info = updateStmt.run({ id, now: event.at, ...columns(state, index) });
    if (info.changes !== 1) throw new Error(`exchange ${id} vanished during update`);
    writeEvent(id, event);
  });

  return {
    create,
    update,
    get(id: number): StoredExchange | null {
      const row = getStmt.get(id);
      if (!row) return null;
      return {
        id: row.id,
        state: exchangeStateSchema.parse(JSON.parse(row.state)),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },
    idByReference(reference: string): number | null {
      return byReferenceStmt.get(reference)?.id ?? null;
    },
    history(id: number): HistoryEvent[] {
      return historyStmt.all(id).map((r) => ({ ...r, step: r.step === null ? null : stepSchema.parse(r.step) }));
    },
    list(query: ListQuery, today: string): { rows: ExchangeSummary[]; total: number } {
      const q = listQuerySchema.parse(query);
      const where: string[] = [];
      const params: Record<string, string | number> = {};
      if (q.status !== 'alle') {
        where.push('status = @status');
        params.status = q.status;
      }
      if (q.direction) {
        where.push('direction = @direction');
        params.direction = q.direction;
      }
      if (q.partner) {
        where.push('partner_district = @partner');
        params.partner = q.partner;
      }
      if (q.step) {
        where.push('current_step = @step');
        params.step = q.step;
      }
      if (q.overdueOnly) {
        where.push("status = 'aktiv' AND due_date < @today");
        params.today = today;
      }
      if (q.search) {
        where.push('instr(reference, @search) > 0');
        params.search = q.search.toUpperCase();
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT count(*) AS n FROM exchanges ${clause}`).get(params) as { n: number }).n;
      const rows = db
        .prepare<Record<string, string | number>, ExchangeRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM exchanges ${clause} ORDER BY ${ORDER_BY[q.sort]} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: q.limit, offset: q.offset });
      return { rows: rows.map((r) => toSummary(r, today)), total };
    },
  };
}
export type ExchangeRepository = ReturnType<typeof createExchangeRepository>;
