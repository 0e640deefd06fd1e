import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/audit/chain';
import { integrityProblems } from '../../src/main/db/database';
import { openTestApp, tempDir } from '../support/test-app';

const WRITER = path.resolve('test/support/crash-writer.ts');
const RUNS = 20;

/** A small seeded generator, so a failing run can be repeated (CRASH_SEED). */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  acks: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
}

/**
 * Starts the writer and SIGKILLs it `delayMs` after launch (so also while it opens, migrates
 * and backs up), or after its first acknowledged write (so in the middle of writing).
 */
function runAndKill(dataDir: string, key: Buffer, delayMs: number, from: 'launch' | 'first-write'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, key.toString('hex')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: string[] = [];
    let buffered = '';
    let stderr = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (from === 'launch') kill();
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith('ACK ')) continue;
        if (acks.length === 0 && from === 'first-write') kill();
        acks.push(line.slice(4));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ acks, stderr, signal }));
  });
}

describe('crash safety', () => {
  it(`every acknowledged write survives SIGKILL at random moments (${RUNS} runs), the file stays sound and the log verifies`, async () => {
    const random = mulberry32(Number(process.env.CRASH_SEED ?? 5));
    const dataDir = tempDir('krasj-');
    const key = randomBytes(32);
    const created = new Set<string>();
    const updated = new Set<string>();
    let killedWhileWriting = 0;

    for (let run = 0; run < RUNS; run++) {
      const from = run % 2 === 1 ? 'first-write' : 'launch';
      const delay = Math.floor(random() * (from === 'first-write' ? 150 : 900));
      const result = await runAndKill(dataDir, key, delay, from);
      expect(result.signal, result.stderr).toBe('SIGKILL');
      for (const ack of result.acks) (ack.startsWith('C ') ? created : updated).add(ack.slice(2));
      if (result.acks.length > 0) killedWhileWriting++;

      const app = openTestApp({ dataDir, key });
      try {
        expect(integrityProblems(app.db)).toEqual([]);
        expect(verifyAuditChain(app.db, app.signingKey.publicKey)).toMatchObject({ ok: true });
        const rows = app.db.prepare('SELECT reference, state FROM exchanges').all() as { reference: string; state: string }[];
        const stored = new Map(rows.map((r) => [r.reference, JSON.parse(r.state) as { brukerprofil?: unknown }]));
        for (const ref of created) expect(stored.has(ref), `run ${run}: acknowledged ${ref} is missing`).toBe(true);
        for (const ref of updated) expect(stored.get(ref)?.brukerprofil, `run ${run}: acknowledged update of ${ref} is missing`).toBeDefined();
        // Every exchange has its history and its audit trail: nothing half-written.
        const orphans = app.db
          .prepare(`SELECT count(*) AS n FROM exchanges e WHERE NOT EXISTS (SELECT 1 FROM events v WHERE v.exchange_id = e.id)
            OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.reference = e.reference AND a.action = 'opprettet')`)
          .get() as { n: number };
        expect(orphans.n).toBe(0);
      } finally {
        app.close();
      }
    }
    expect(created.size).toBeGreaterThan(RUNS);
    expect(killedWhileWriting).toBeGreaterThanOrEqual(RUNS / 2);
  }, 120_000);
});
