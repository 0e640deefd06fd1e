import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/database';
import { type SigningKey, signMessage, verifyMessage } from '../identity/signing-key';

/**
 * The audit trail's signed head, kept outside the database.
 *
 * Every row of the trail is signed by the installation's key over its id and hash (the same
 * message as here), so a row cannot be rewritten by someone who holds only the database key.
 * Signatures alone cannot show that rows were cut off the end, though: what remains is still
 * signed. So the newest row's id, hash, time and signature are also kept in a file beside the
 * database, and «Kontroller loggen» reports a trail that ends before it. A backup carries the
 * head it was made at, beside it.
 *
 * The file is written after every commit that added rows, but not fsynced. The database
 * commit is durable first (synchronous=FULL), so a head lost in a crash is an older head,
 * which the trail still extends: the loss can only leave the last rows less protected, never
 * raise a false alarm. An fsync would cost a disk flush on every opening of an exchange.
 *
 * Nor is the file replaced by rename on every write: on ext4 a rename over a file flushes its
 * data (auto_da_alloc), 300–500 µs measured here, as long as the rest of the write. Instead
 * the file holds two fixed-size slots, written in place in turn (about 4 µs), and a reader
 * takes the newest slot whose signature holds; a write torn by a crash spoils only the slot
 * it was writing. The whole file stays valid JSON: `[slot, slot]`, padded with spaces.
 */

export interface AuditHead {
  id: number;
  hash: string;
  /** The row's own time (covered by its hash). */
  at: string;
  /** Ed25519 over headMessage(id, hash). */
  sig: Buffer;
}

/** What the installation signs for every row, and for the head: "row `id` of my trail has hash `hash`". */
export function headMessage(id: number, hash: string): Buffer {
  return Buffer.from(`bytteordning-revisjonslogg:v1\n${id}\n${hash}`);
}

export function headIsSigned(head: Pick<AuditHead, 'id' | 'hash' | 'sig'>, publicKey: KeyObject): boolean {
  return verifyMessage(publicKey, headMessage(head.id, head.hash), head.sig);
}

/** The head of a database file lies beside it, named after it (`bytteordning.db` → `bytteordning.revisjonslogg-hode.json`). */
export function headFileOf(dbFile: string): string {
  return `${dbFile.replace(/\.db$/, '')}.revisjonslogg-hode.json`;
}

const SLOT_BYTES = 320;
const FILE_BYTES = 2 * SLOT_BYTES + 3;
const slotOffset = (slot: 0 | 1) => 1 + slot * (SLOT_BYTES + 1);

function slotText(head: AuditHead | null): string {
  const json = head ? JSON.stringify({ id: head.id, hash: head.hash, at: head.at, sig: head.sig.toString('base64') }) : 'null';
  if (Buffer.byteLength(json) > SLOT_BYTES) throw new Error('audit head does not fit its slot');
  return json.padEnd(SLOT_BYTES, ' ');
}

function parseSlot(text: string, publicKey: KeyObject): AuditHead | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const o = v as Partial<Record<keyof AuditHead, unknown>> | null;
  if (!o || !Number.isSafeInteger(o.id) || (o.id as number) < 1) return null;
  if (typeof o.hash !== 'string' || !/^[0-9a-f]{64}$/.test(o.hash) || typeof o.at !== 'string' || typeof o.sig !== 'string') return null;
  const head: AuditHead = { id: o.id as number, hash: o.hash, at: o.at, sig: Buffer.from(o.sig, 'base64') };
  return headIsSigned(head, publicKey) ? head : null;
}

/** The newest head in the file that this installation signed, and its slot; null when there is none (no file, or none that holds). */
export function readHeadFile(file: string, publicKey: KeyObject): { head: AuditHead; slot: 0 | 1 } | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let best: { head: AuditHead; slot: 0 | 1 } | null = null;
  for (const slot of [0, 1] as const) {
    const head = parseSlot(bytes.subarray(slotOffset(slot), slotOffset(slot) + SLOT_BYTES).toString('utf8'), publicKey);
    if (head && (!best || head.id > best.head.id)) best = { head, slot };
  }
  return best;
}

/** A new head file holding `head`, put in place whole (write, then rename): for the first head, and a backup's. */
export function writeHeadFile(file: string, head: AuditHead): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, `[${slotText(head)},${slotText(null)}]\n`, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function writeSlot(file: string, slot: 0 | 1, head: AuditHead): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch {
    return false;
  }
  try {
    if (fs.fstatSync(fd).size !== FILE_BYTES) return false;
    fs.writeSync(fd, Buffer.from(slotText(head)), 0, SLOT_BYTES, slotOffset(slot));
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

export interface HeadAnchor {
  /** Rows were appended: the head follows once the transaction they are in has ended. */
  touch(): void;
  /** Writes the database's committed last row as the head, if it extends the head before it. */
  flush(): void;
  /** The head the file holds, as this process last wrote or read it. */
  current(): AuditHead | null;
}

/**
 * Keeps the head file beside `db` up to date. A head whose row the database no longer holds
 * (rows cut off, or replaced) is never overwritten: it is the evidence «Kontroller loggen»
 * needs, and the trail is reported until a backup is restored (which brings its own head).
 * A missing head (the first start with signing, or a lost file) is made again from the last row.
 */
export function createHeadAnchor(db: Db, key: SigningKey): HeadAnchor {
  const file = headFileOf(db.name);
  const lastStmt = db.prepare<[], { id: number; hash: string; at: string; sig: Buffer | null }>(
    'SELECT id, hash, at, sig FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  const hashStmt = db.prepare<[number], string>('SELECT hash FROM audit_log WHERE id = ?').pluck();
  const found = readHeadFile(file, key.publicKey);
  // Only a trail that was already signed when this process found it had a head to lose: a new
  // database, or the first start after migration 006, simply has none yet. (The last row is
  // signed when any is: the app signs every row after the first.)
  let lost = !found && !!lastStmt.get()?.sig;
  let anchored = found?.head ?? null;
  let slot: 0 | 1 = found?.slot ?? 0;
  let refused = false;
  let scheduled = false;

  function flush(): void {
    if (!db.open || db.inTransaction) return;
    const last = lastStmt.get();
    if (!last || (anchored && anchored.id === last.id && anchored.hash === last.hash)) return;
    if (anchored && hashStmt.get(anchored.id) !== anchored.hash) {
      if (!refused) console.error(`[revisjonslogg] databasen har ikke lenger rad ${anchored.id} slik den ble signert; den signerte slutten beholdes`);
      refused = true;
      return;
    }
    // Rows from before signing (migration 006) have none: the head vouches for the last of them.
    const head: AuditHead = { id: last.id, hash: last.hash, at: last.at, sig: last.sig ?? signMessage(key, headMessage(last.id, last.hash)) };
    const next: 0 | 1 = slot === 0 ? 1 : 0;
    if (anchored && writeSlot(file, next, head)) {
      slot = next;
    } else {
      if (lost) console.warn(`[revisjonslogg] den signerte slutten av loggen manglet ved siden av databasen; den er laget på nytt fra rad ${last.id}`);
      lost = false;
      writeHeadFile(file, head);
      slot = 0;
    }
    anchored = head;
  }

  // Made at once when missing, so that a check right after start has a head to hold the trail to.
  if (!anchored) flush();
  return {
    touch() {
      if (scheduled) return;
      scheduled = true;
      // Transactions here are synchronous: by the time a microtask runs, the one that appended has committed or rolled back.
      queueMicrotask(() => {
        scheduled = false;
        flush();
      });
    },
    flush,
    current: () => anchored,
  };
}
