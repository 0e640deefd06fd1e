import type { ExportFile } from '../../shared/contract-common';
import type { StatsQuery } from '../../shared/contract-stats';
import { districtName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
import { TRAINING_FILE_PREFIX } from '../../shared/documents/training';
import { statsCsv } from '../../shared/stats/csv';
import { HIDDEN_TEXT, HIDDEN_TEXT_UNBROKEN } from '../../shared/stats/format';
import { DOCUMENT_TEXT, TRAINING_MARK, TRAINING_NOTICE } from '../../shared/i18n/documents-text';
import { STATS_EXPLANATION, STATS_REPORT_TEXT } from '../../shared/i18n/stats-text';
import { balanceTables, periodText, pilotTables, type StatsTable } from '../../shared/stats/tables';
import type { Settings } from '../../shared/settings';
import { bydelTitle } from '../documents/common';
import { type Block, type DocumentModel, renderPdf } from '../documents/engine';
import type { HandlerContext } from '../handlers/types';
import { balanceFor, pilotFor } from './statistics';

interface Report {
  title: string;
  /** Training mode's notice, on a report of fictional exchanges. */
  notice?: string;
  meta: [string, string][];
  balance: StatsTable[];
  pilot: StatsTable[];
  baseName: string;
}

const TITLE = STATS_REPORT_TEXT.tittel;

/** The report of the database in use: in training mode, of fictional exchanges, and marked so like every document made there. */
function reportOf(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string): Report {
  const training = ctx.mode.training;
  return {
    title: training ? `${TRAINING_MARK}: ${TITLE}` : TITLE,
    ...(training ? { notice: TRAINING_NOTICE } : {}),
    meta: [
      [DOCUMENT_TEXT.bydel, districtName(settings.district)],
      [STATS_REPORT_TEXT.periode, periodText(q.from, q.to)],
      [STATS_REPORT_TEXT.partnerbydel, q.partner ? districtName(q.partner) : STATS_REPORT_TEXT.alle],
      [DOCUMENT_TEXT.laget, formatDate(today)],
    ],
    balance: balanceTables(balanceFor(ctx, settings.district, q)),
    pilot: pilotTables(pilotFor(ctx, q)),
    baseName: `${training ? TRAINING_FILE_PREFIX : ''}bytteordning-statistikk-${q.from}-${q.to}${q.partner ? `-${q.partner}` : ''}`,
  };
}

export function statsCsvFile(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string): ExportFile {
  const r = reportOf(ctx, settings, q, today);
  const csv = statsCsv(r.title, r.meta, [...r.balance, ...r.pilot], STATS_EXPLANATION, r.notice);
  return { fileName: `${r.baseName}.csv`, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(csv, 'utf8').toString('base64') };
}

/**
 * A table as the engine draws it, with its notes below: the first column takes the room the
 * text needs, and «færre enn 3» stays on one line.
 */
function tableBlocks(t: StatsTable): Block[] {
  // The table of days has six figures a row: its label column gives them the room «færre enn 3» needs.
  const first = t.columns.length > 5 ? 1.2 : t.columns.length > 2 ? 2 : 3;
  return [
    {
      kind: 'table',
      columns: t.columns.map((c, i) => ({ header: c.header, width: i === 0 ? first : 1, align: c.numeric ? 'right' : 'left' })),
      rows: t.rows.map((row) => row.map((cell) => (cell === HIDDEN_TEXT ? HIDDEN_TEXT_UNBROKEN : cell))),
    },
    ...t.notes.map((text): Block => ({ kind: 'paragraph', text })),
  ];
}

export async function statsPdfFile(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string, now: Date): Promise<ExportFile> {
  const r = reportOf(ctx, settings, q, today);
  const model: DocumentModel = {
    lang: 'nb-NO',
    title: r.title,
    subtitle: `${bydelTitle(settings.district)}, ${periodText(q.from, q.to)}`,
    letterhead: { organisation: DOCUMENT_TEXT.osloKommune, unit: bydelTitle(settings.district) },
    author: bydelTitle(settings.district),
    subject: STATS_REPORT_TEXT.emne,
    meta: r.meta.map(([label, value]) => ({ label, value })),
    notice: [r.notice, STATS_EXPLANATION[0]!].filter(Boolean).join('\n'),
    footerText: [r.notice ? TRAINING_MARK : undefined, STATS_REPORT_TEXT.bunntekst(periodText(q.from, q.to))].filter(Boolean).join(' · '),
    sections: [
      {
        heading: STATS_REPORT_TEXT.balanse,
        blocks:
          r.balance.length > 0
            ? r.balance.flatMap((t): Block[] => [{ kind: 'subheading', text: t.title }, ...tableBlocks(t)])
            : [{ kind: 'paragraph', text: STATS_REPORT_TEXT.ingenByttepar }],
      },
      ...r.pilot.map((t) => ({ heading: t.title, blocks: tableBlocks(t) })),
      { heading: STATS_REPORT_TEXT.slikTalt, blocks: [{ kind: 'list', items: STATS_EXPLANATION.slice(1) }] },
    ],
  };
  const pdf = await renderPdf(model, { creationDate: now });
  return { fileName: `${r.baseName}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
}
