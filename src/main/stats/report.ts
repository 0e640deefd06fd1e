import type { ExportFile, StatsQuery } from '../../shared/contract-stats';
import { districtName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
import { statsCsv } from '../../shared/stats/csv';
import { balanceTables, periodText, pilotTables, STATS_EXPLANATION, type StatsTable } from '../../shared/stats/tables';
import type { Settings } from '../../shared/settings';
import { type Block, type DocumentModel, renderPdf } from '../documents/engine';
import type { HandlerContext } from '../handlers/types';
import { balanceFor, pilotFor } from './statistics';

interface Report {
  title: string;
  meta: [string, string][];
  balance: StatsTable[];
  pilot: StatsTable[];
  baseName: string;
}

const TITLE = 'Statistikk for bytteordningen';

function reportOf(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string): Report {
  return {
    title: TITLE,
    meta: [
      ['Bydel', districtName(settings.district)],
      ['Periode', periodText(q.from, q.to)],
      ['Partnerbydel', q.partner ? districtName(q.partner) : 'Alle'],
      ['Laget', formatDate(today)],
    ],
    balance: balanceTables(balanceFor(ctx, settings.district, q)),
    pilot: pilotTables(pilotFor(ctx, q)),
    baseName: `bytteordning-statistikk-${q.from}-${q.to}${q.partner ? `-${q.partner}` : ''}`,
  };
}

export function statsCsvFile(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string): ExportFile {
  const r = reportOf(ctx, settings, q, today);
  const csv = statsCsv(r.title, r.meta, [...r.balance, ...r.pilot], STATS_EXPLANATION);
  return { fileName: `${r.baseName}.csv`, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(csv, 'utf8').toString('base64') };
}

/** A table as the engine draws it: the first column takes the room the text needs. */
function tableBlock(t: StatsTable): Block {
  const first = t.columns.length > 2 ? 2 : 3;
  return {
    kind: 'table',
    columns: t.columns.map((c, i) => ({ header: c.header, width: i === 0 ? first : 1, align: c.numeric ? 'right' : 'left' })),
    rows: t.rows,
  };
}

export async function statsPdfFile(ctx: HandlerContext, settings: Settings, q: StatsQuery, today: string, now: Date): Promise<ExportFile> {
  const r = reportOf(ctx, settings, q, today);
  const model: DocumentModel = {
    lang: 'nb-NO',
    title: r.title,
    subtitle: `Bydel ${districtName(settings.district)}, ${periodText(q.from, q.to)}`,
    letterhead: { organisation: 'Oslo kommune', unit: `Bydel ${districtName(settings.district)}` },
    author: `Bydel ${districtName(settings.district)}`,
    subject: 'Statistikk for bytteordningen – Sammen om bolig',
    meta: r.meta.map(([label, value]) => ({ label, value })),
    notice: STATS_EXPLANATION[0]!,
    footerText: `Bytteordning · statistikk ${periodText(q.from, q.to)}`,
    sections: [
      {
        heading: 'Balanse mellom bydelene',
        blocks:
          r.balance.length > 0
            ? r.balance.flatMap((t): Block[] => [{ kind: 'subheading', text: t.title }, tableBlock(t)])
            : [{ kind: 'paragraph', text: 'Ingen byttepar i perioden.' }],
      },
      ...r.pilot.map((t) => ({ heading: t.title, blocks: [tableBlock(t)] })),
      { heading: 'Slik er tallene talt', blocks: [{ kind: 'list', items: STATS_EXPLANATION.slice(1) }] },
    ],
  };
  const pdf = await renderPdf(model, { creationDate: now });
  return { fileName: `${r.baseName}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
}
