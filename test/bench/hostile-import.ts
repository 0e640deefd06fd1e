/**
 * Hostile files against the built browser mode, as a coordinator runs it: how long each takes to
 * be refused, how long a read sent at the same moment waits, and the server's peak memory. Also
 * how long an import waits for its worker: the first (it loads its own) and the next (a spare
 * was loaded ahead).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Result } from '../../src/shared/contract';
import { deepPayloadPdf, garbageAttachmentPdf, OWNER_PASSWORD_FIXTURE, pdfBomb } from '../documents/hostile';
import { CLI, peakRssMb, stop, waitReady } from './cold-start';
import { summarize } from './measure';

export interface HostileRefusal {
  name: string;
  fileKb: number;
  code: string;
  refusedMs: number;
  /** exchanges.list, sent right after the import. */
  readMs: number;
  /** The server's peak resident memory so far (Linux's VmHWM): with the files before this one. */
  peakRssMb: number | undefined;
}

export interface HostileImportFigures {
  /** The first import after start: its worker loads pdfjs first. */
  firstImportMs: number;
  /** Median of later imports, each handed the spare loaded ahead. */
  nextImportMs: number;
  refusals: HostileRefusal[];
  /** The server's peak resident memory after start and login, and after all the imports. */
  startedRssMb: number | undefined;
  peakRssMb: number | undefined;
}

/** Long enough for the next spare to load (about 0.35 s built) before each timed import. */
const SPARE_LOADS_MS = 1_500;

async function session(loginUrl: string) {
  const url = new URL(loginUrl);
  const login = await fetch(`${url.origin}/innlogging`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: url.searchParams.get('innlogging') }),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  return async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const r = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-bytteordning-token': data.token },
      body: JSON.stringify(input),
    });
    return (await r.json()) as Result<unknown>;
  };
}

export async function hostileImport(): Promise<HostileImportFigures> {
  if (!fs.existsSync(CLI)) throw new Error('dist/main/web/cli.js mangler: kjør «npm run build» først.');
  const files: [string, Buffer][] = [
    ['PDF på 1 MB med vedlegg som pakkes ut til 1 GB', await pdfBomb(1_000_000_000)],
    ['PDF på 400 kB med vedlegg som pakkes ut til 400 MB', await pdfBomb(400_000_000)],
    ['Samme bombe bak ASCIIHex (bare pdfjs finner den)', await pdfBomb(400_000_000, { hex: true })],
    ['PDF med bare eierpassord', fs.readFileSync(OWNER_PASSWORD_FIXTURE)],
    ['Vedlegg nøstet 100 000 nivåer', await deepPayloadPdf()],
    ['Vedlegg med tilfeldige bytes', await garbageAttachmentPdf()],
    ['Tilfeldige bytes', randomBytes(200_000)],
  ];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-bench-import-'));
  const proc = spawn(process.execPath, [CLI, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const api = await session(await waitReady(proc));
    const setup = await api('setup.save', { district: 'grunerlokka', coordinatorName: 'Per Koordinator', coordinatorContact: 'bolig@bydel-grunerlokka.oslo.kommune.no' });
    if (!setup.ok) throw new Error(`setup.save: ${setup.error.code}`);
    const startedRssMb = peakRssMb(proc.pid!);

    // Read through pdfjs to the end (refused only for its /Encrypt), so the whole worker path counts.
    const owner = { base64: fs.readFileSync(OWNER_PASSWORD_FIXTURE).toString('base64') };
    const timedImport = async (input: { base64: string }) => {
      const t0 = performance.now();
      await api('documents.import', input);
      return performance.now() - t0;
    };
    const firstImportMs = await timedImport(owner);
    const next: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sleep(SPARE_LOADS_MS);
      next.push(await timedImport(owner));
    }

    const refusals: HostileRefusal[] = [];
    for (const [name, bytes] of files) {
      await sleep(SPARE_LOADS_MS);
      const t0 = performance.now();
      const importing = api('documents.import', { base64: bytes.toString('base64') }).then((r) => ({ r, ms: performance.now() - t0 }));
      const r0 = performance.now();
      const read = await api('exchanges.list', {});
      const readMs = performance.now() - r0;
      if (!read.ok) throw new Error(`exchanges.list: ${read.error.code}`);
      const { r, ms } = await importing;
      if (r.ok) throw new Error(`${name}: importert`);
      refusals.push({ name, fileKb: bytes.length / 1024, code: r.error.code, refusedMs: ms, readMs, peakRssMb: peakRssMb(proc.pid!) });
    }
    return { firstImportMs, nextImportMs: summarize(next).p50, refusals, startedRssMb, peakRssMb: peakRssMb(proc.pid!) };
  } finally {
    await stop(proc);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The figures as rows for the bench's table: name, p50, p95, the third column, the fourth. */
export function hostileImportRows(f: HostileImportFigures): string[][] {
  const ms = (n: number) => n.toFixed(0);
  const mb = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(0)} MB`);
  return [
    ['Import i nettlesermodus: første (arbeidstråden lastes først)', '', ms(f.firstImportMs), '', ''],
    ['  neste (en arbeidstråd står klar), median av 5', ms(f.nextImportMs), '', '', ''],
    ...f.refusals.map((r) => [`  ${r.name} (${r.fileKb.toFixed(0)} kB)`, '', ms(r.refusedMs), `lesing samtidig ${ms(r.readMs)}`, `${r.code}, RSS ${mb(r.peakRssMb)}`]),
    ['  Høyeste minnebruk (RSS): etter start / etter importene', '', mb(f.peakRssMb), `etter start ${mb(f.startedRssMb)}`, ''],
  ];
}
