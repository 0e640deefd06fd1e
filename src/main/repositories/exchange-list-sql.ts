import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Db } from '../db/database';
import type { listQuerySchema } from '../../shared/contract';
import { addDays, osloDayStart } from '../../shared/exchange/primitives';

type Query = z.output<typeof listQuerySchema>;
type Sort = Query['sort'];

/**
 * The overview's list as SQL. At scale the list must never read the exchange rows to filter,
 * sort or count: their JSON state makes every row several pages long, and the columns after
 * it (created_at, updated_at) sit on overflow pages. So each sort has one covering index that
 * leads with the sort key and holds every filter column (migration 004), the page is walked
 * in that index's order until it is full, and only the page's rows are read. INDEXED BY pins
 * each query to its index, so a plan cannot drift to a narrower index that reads rows.
 */
const LIST_INDEX: Record<Sort, string> = {
  sist_endret: 'exchanges_list_updated',
  nyeste: 'exchanges_list_created',
  eldste: 'exchanges_list_created',
  referanse: 'exchanges_list_reference',
  frist: 'exchanges_list_due',
};

/** The count index leads with status: a status range is all a count of the usual views reads. */
const COUNT_INDEX = 'exchanges_list_status';

/** With no deadline last, as the overview shows it; the expression is the index's own. */
const DUE_ORDER = "coalesce(due_date, '9999-12-31')";

const ORDER_BY: Record<Sort, string> = {
  sist_endret: 'updated_at DESC, id DESC',
  nyeste: 'created_at DESC, id DESC',
  eldste: 'created_at ASC, id ASC',
  referanse: 'reference ASC',
  frist: `${DUE_ORDER} ASC, id ASC`,
};

export interface ListSql {
  countSql: string;
  pageSql: string;
  params: Record<string, string | number>;
}

/** The count and the page of ids for a parsed list query; `today` decides what is overdue. */
export function listSql(q: Query, today: string): ListSql {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: q.limit, offset: q.offset };
  // The filters that pick one value of a column, by column.
  const equal = {
    status: q.status === 'alle' ? undefined : q.status,
    direction: q.direction,
    partner_district: q.partner,
    current_step: q.step,
  };
  for (const [column, value] of Object.entries(equal)) {
    if (!value) continue;
    where.push(`${column} = @${column}`);
    params[column] = value;
  }
  if (q.overdueOnly) {
    where.push("status = 'aktiv' AND due_date < @today");
    params.today = today;
  }
  if (q.search) {
    where.push('instr(reference, @search) > 0');
    params.search = q.search.toUpperCase();
  }
  // created_at is a UTC instant; the filter's days are Oslo days.
  if (q.createdFrom) {
    where.push('created_at >= @createdFrom');
    params.createdFrom = osloDayStart(q.createdFrom);
  }
  if (q.createdTo) {
    where.push('created_at < @createdBefore');
    params.createdBefore = osloDayStart(addDays(q.createdTo, 1));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // A period is a range of the created index; without one, counting reads the status range.
  const countIndex = q.createdFrom || q.createdTo ? LIST_INDEX.nyeste : COUNT_INDEX;
  return {
    countSql: `SELECT count(*) FROM exchanges INDEXED BY ${countIndex} ${clause}`,
    pageSql: `SELECT id FROM exchanges INDEXED BY ${LIST_INDEX[q.sort]} ${clause} ORDER BY ${ORDER_BY[q.sort]} LIMIT @limit OFFSET @offset`,
    params,
  };
}

// The list's statements, prepared once per database and SQL text (a bounded set: one per
// combination of filters and sort).
const prepared = new WeakMap<Db, Map<string, Statement>>();

export function preparedList(db: Db, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) prepared.set(db, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql).pluck()));
  return stmt;
}
