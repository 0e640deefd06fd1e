/**
 * An update arriving from the partner district, in Node against the seeded installation: a
 * Grünerløkka installation of its own (a temp folder) pairs with it as coordinators do, sends
 * profiles (each the first update of a new exchange, signed) as PDF files, and the seeded side
 * reads, verifies and applies them. One more file is left unimported for the UI's preview.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type App, openApp } from '../../src/main/app';
import { openReceivedFile } from '../../src/main/documents/receive';
import { verifyUpdate } from '../../src/main/sync/signed-update';
import { loadOrCreateSigningKey } from '../../src/main/web/key-file';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import { kandidat, profil } from '../support/fixtures';
import { summarize, type Timing } from './measure';

export interface IncomingFigures {
  /** The file to the signed update (pdfjs, the attachment's JSON), in this process; the app does it in its import worker. */
  read: Timing;
  /** The Ed25519 signature against the pinned key, and the update's schema. */
  verify: Timing;
  /** documents.previewImport: the worker's read, the signature, the order, each fact through the reducer. */
  preview: Timing;
  /** documents.import: the same planned again, then written (exchange, events, the update's record, audit row). */
  apply: Timing;
}

const SPARE_LOADS_MS = 1_500;

async function ok<C extends Channel>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await app.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data as ChannelOutput<C>;
}

/** Each imports the other's key file and confirms the fingerprint, as after the phone call. */
async function pair(a: App, b: App): Promise<void> {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const own = await ok(from, 'partners.ownKey', {});
    await ok(to, 'partners.pinKey', { base64: own.base64, fingerprint: own.fingerprint });
  }
}

/**
 * `seeded` must be the seeded app, its integrity check passed (pinning is a write). Returns the
 * figures over `runs` imports after `warmup`, and a profile PDF still to be imported.
 */
export async function incomingUpdates(seeded: App, today: string, { warmup, runs }: { warmup: number; runs: number }): Promise<IncomingFigures & { unimported: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-bench-partner-'));
  const partnerKey = loadOrCreateSigningKey(dir);
  const partner = openApp({ dataDir: dir, key: Buffer.alloc(32, 7), signingKey: partnerKey, now: () => new Date(`${today}T09:00:00Z`), checkOutput: false });
  try {
    await ok(partner, 'setup.save', { district: 'grunerlokka', coordinatorName: 'Per Koordinator', coordinatorContact: 'bolig@bydel-grunerlokka.oslo.kommune.no' });
    await ok(partner, 'pairs.save', { districtA: 'grunerlokka', districtB: 'stovner', active: true });
    await pair(partner, seeded);

    const files: Buffer[] = [];
    for (let i = 0; i < warmup + runs + 1; i++) {
      const created = await ok(partner, 'exchanges.create', { partnerDistrict: 'stovner', kandidat: { ...kandidat, samtykkeDato: today } });
      await ok(partner, 'exchanges.act', { id: created.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
      await ok(partner, 'exchanges.act', { id: created.id, action: { type: 'brukerprofil.sendt', dato: today } });
      const made = await ok(partner, 'documents.make', { id: created.id, kind: 'brukerprofil' });
      files.push(Buffer.from(made.base64, 'base64'));
    }
    const unimported = files.pop()!;

    // Each file gets a fresh import worker; the next is loaded ahead (about 0.35 s built), as it
    // is while a coordinator reads the preview. Here, before each timed call, it is given time to.
    const samples = { read: [] as number[], verify: [] as number[], preview: [] as number[], apply: [] as number[] };
    for (const [i, file] of files.entries()) {
      const base64 = file.toString('base64');
      let t0 = performance.now();
      const envelope = await openReceivedFile(file);
      const read = performance.now() - t0;
      t0 = performance.now();
      verifyUpdate(envelope, () => partnerKey.publicKey);
      const verify = performance.now() - t0;
      await sleep(SPARE_LOADS_MS);
      t0 = performance.now();
      await ok(seeded, 'documents.previewImport', { base64 });
      const preview = performance.now() - t0;
      await sleep(SPARE_LOADS_MS);
      t0 = performance.now();
      await ok(seeded, 'documents.import', { base64 });
      const apply = performance.now() - t0;
      if (i < warmup) continue;
      samples.read.push(read);
      samples.verify.push(verify);
      samples.preview.push(preview);
      samples.apply.push(apply);
    }
    return { read: summarize(samples.read), verify: summarize(samples.verify), preview: summarize(samples.preview), apply: summarize(samples.apply), unimported };
  } finally {
    partner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
