/**
 * The second transport: a folder both districts of a pair can reach (a network drive), chosen
 * under Innstillinger and kept in `partner_keys.folder`. Each direction has its own subfolder,
 * `<folder>/<from>-til-<to>/`, holding `<reference>-nr<N>.bytteordning` files: the same signed
 * update a PDF carries, sealed to the receiver's X25519 key (sealed-box.ts), so others who can
 * read the folder learn nothing. The receiver treats each file as untrusted, exactly as a file
 * chosen under Importer dokument, and trusts nothing about it until planUpdate has verified it.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FolderArrival, FolderFetch } from '../../shared/contract-sync';
import { MAX_IMPORT_BYTES } from '../../shared/contract-documents';
import type { DistrictId } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { SYNC_MESSAGES } from '../../shared/i18n/sync-messages';
import { partnerDistrict } from '../../shared/exchange/workflow';
import type { Settings } from '../../shared/settings';
import type { SignedUpdate } from '../../shared/sync/update';
import { readReceivedFile } from '../documents/receive';
import { logRefusal } from '../handlers/documents';
import type { HandlerContext } from '../handlers/types';
import type { StoredExchange } from '../repositories/exchange-repository';
import { encryptionKeyOf, importPublicKey } from './encryption-key';
import { planUpdate } from './incoming';
import { requirePaired, takeOutgoing } from './outgoing';
import { seal } from './sealed-box';

const EXTENSION = '.bytteordning';

function laneOf(folder: string, from: DistrictId, to: DistrictId): string {
  return path.join(folder, `${from}-til-${to}`);
}

const refuseFolder = (message: string) => new AppError('FELLES_MAPPE_UGYLDIG', message);

/**
 * A folder a coordinator typed, checked before it is stored: it exists, it is a folder, and a
 * file can be written there and removed again (the only test of write access that holds on a
 * network drive). The path as stored.
 */
export async function checkSharedFolder(typed: string): Promise<string> {
  const folder = path.resolve(typed);
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(folder)).isDirectory();
  } catch {
    throw refuseFolder(SYNC_MESSAGES.mappeFinnesIkke(folder));
  }
  if (!isFolder) throw refuseFolder(SYNC_MESSAGES.mappeErFil(folder));
  const probe = path.join(folder, `.bytteordning-skrivetest-${randomBytes(6).toString('hex')}`);
  try {
    await fs.writeFile(probe, '', { flag: 'wx' });
    await fs.rm(probe);
  } catch {
    throw refuseFolder(SYNC_MESSAGES.mappeIkkeSkrivbar(folder));
  }
  return folder;
}

/** Written under a name the receiver ignores, then renamed: a reader never sees half a file. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  // The lane only: the shared folder itself must be there (a drive that is not connected is not made here).
  await fs.mkdir(path.dirname(file)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

/**
 * «Send til felles mappe»: the exchange's next update (the same takeOutgoing makes for a PDF),
 * or the last one again when nothing is waiting, sealed to the partner and written to the pair's
 * folder. A file that is lost or written twice does no harm: the receiver asks for a missing
 * number and removes a replay.
 */
export async function sendToSharedFolder(ctx: HandlerContext, settings: Settings, stored: StoredExchange): Promise<{ seq: number; file: string }> {
  requirePaired(ctx, stored.state);
  const partner = ctx.sync.partnerKey(partnerDistrict(stored.state))!;
  if (!partner.folder) throw new AppError('FELLES_MAPPE_MANGLER');
  const recipient = importPublicKey(partner.encryptionKey, 'x25519');
  if (!recipient) throw new AppError('PARTNERNOKKEL_UGYLDIG');
  const outgoing = takeOutgoing(ctx, settings, stored);
  const { reference, seq } = outgoing.update;
  const file = path.join(laneOf(partner.folder, settings.district, partner.district), `${reference}-nr${seq}${EXTENSION}`);
  try {
    await writeAtomically(file, seal(Buffer.from(outgoing.signed), recipient));
  } catch {
    throw new AppError(
      'FELLES_MAPPE_UTILGJENGELIG',
      SYNC_MESSAGES.ikkeSkrevet(seq, partner.folder),
    );
  }
  return { seq, file };
}

interface FolderFile {
  partner: DistrictId;
  file: string;
}

/** The partner's files for us: `*.bytteordning` in its lane, nothing else (no temp files, folders or links). */
async function filesFrom(folder: string, partner: DistrictId, us: DistrictId): Promise<FolderFile[]> {
  // The folder itself must be there; its lane appears with the partner's first file.
  await fs.access(folder, constants.R_OK);
  const lane = laneOf(folder, partner, us);
  let entries;
  try {
    entries = await fs.readdir(lane, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(EXTENSION) && !e.name.startsWith('.'))
    .map((e) => ({ partner, file: path.join(lane, e.name) }));
}

/** A file's bytes, read no further than the import limit, so a huge file is refused without being loaded. */
async function readLimited(file: string): Promise<Buffer> {
  const buffer = Buffer.alloc(MAX_IMPORT_BYTES + 1);
  let length = 0;
  try {
    const handle = await fs.open(file, 'r');
    try {
      // A network drive may hand the file over in parts.
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
    } finally {
      await handle.close();
    }
  } catch {
    throw new AppError('FELLES_MAPPE_UTILGJENGELIG', SYNC_MESSAGES.filIkkeLest(file));
  }
  if (length > MAX_IMPORT_BYTES) throw new AppError('DOKUMENT_FOR_STOR');
  return buffer.subarray(0, length);
}

/** Removing a file that was imported (or was a replay): one that cannot be removed now is found again next time, as a replay. */
async function remove(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

/** What every sealed update claims about its place, for ordering only: planUpdate verifies it. */
function orderOf(update: SignedUpdate['update']): [string, number] {
  const claimed = update as { reference?: unknown; seq?: unknown };
  return [typeof claimed.reference === 'string' ? claimed.reference : '', typeof claimed.seq === 'number' ? claimed.seq : 0];
}

/** One opened file, planned and, when nothing needs the coordinator, applied. */
function receiveOne(ctx: HandlerContext, settings: Settings, found: FolderFile, update: SignedUpdate): FolderArrival | 'replay' {
  let plan;
  try {
    plan = planUpdate(ctx, settings, update);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'OPPDATERING_FINNES') return 'replay';
    if (err.code !== 'OPPDATERING_MANGLER') throw err;
    // The update is verified by now (the order is checked after the signature).
    const [reference, seq] = orderOf(update.update);
    const exchangeId = ctx.exchanges.idByReference(reference);
    const expected = (exchangeId === null ? 0 : (ctx.sync.last(exchangeId, 'inn')?.seq ?? 0)) + 1;
    return {
      ...found,
      outcome: 'venter',
      reference,
      exchangeId,
      message: SYNC_MESSAGES.venterPa(seq, expected),
    };
  }
  const { preview } = plan;
  const arrival = { ...found, reference: preview.reference };
  if (preview.findings.length > 0) {
    return {
      ...arrival,
      outcome: 'funn',
      exchangeId: preview.exchangeId,
      message: SYNC_MESSAGES.harFunn(preview.seq),
    };
  }
  const result = plan.apply(false);
  return { ...arrival, outcome: 'importert', exchangeId: result.exchangeId, message: result.message };
}

/**
 * «Hent fra felles mappe»: every paired partner's files for us, opened with our key and read in
 * the import worker, then imported in order (by exchange, then number), so an update that came
 * before the one it follows is still taken. Imported files and replays are removed; a file with
 * findings, one that waits for an earlier update, and a refused one stay, and the coordinator is
 * told why. A refusal is in the audit trail as a refused file import is.
 */
export async function fetchFromSharedFolders(ctx: HandlerContext, settings: Settings): Promise<FolderFetch> {
  const partners = ctx.sync.partnerKeys().flatMap(({ district, folder }) => (folder === null ? [] : [{ district, folder }]));
  if (partners.length === 0) {
    throw new AppError(
      'FELLES_MAPPE_MANGLER',
      SYNC_MESSAGES.ingenMappe,
    );
  }
  const own = encryptionKeyOf(ctx.signingKey);
  const out: FolderFetch = { arrivals: [], alreadyImported: 0, unreachable: [] };
  const refused = (found: FolderFile, err: unknown): FolderArrival => {
    if (!(err instanceof AppError)) throw err;
    return { ...found, outcome: 'avvist', reference: null, exchangeId: null, message: err.message };
  };

  const opened: { found: FolderFile; update: SignedUpdate }[] = [];
  for (const partner of partners) {
    let files: FolderFile[];
    try {
      files = await filesFrom(partner.folder, partner.district, settings.district);
    } catch {
      out.unreachable.push({ district: partner.district, message: SYNC_MESSAGES.mappeIkkeLest(partner.folder) });
      continue;
    }
    for (const found of files) {
      try {
        opened.push({ found, update: await logRefusal(ctx, async () => readReceivedFile(await readLimited(found.file), own)) });
      } catch (err) {
        out.arrivals.push(refused(found, err));
      }
    }
  }

  opened.sort((a, b) => {
    const [ra, sa] = orderOf(a.update.update);
    const [rb, sb] = orderOf(b.update.update);
    return ra === rb ? sa - sb : ra < rb ? -1 : 1;
  });
  for (const { found, update } of opened) {
    try {
      const arrival = await logRefusal(ctx, async () => receiveOne(ctx, settings, found, update));
      if (arrival === 'replay') out.alreadyImported++;
      else out.arrivals.push(arrival);
      if (arrival === 'replay' || arrival.outcome === 'importert') await remove(found.file);
    } catch (err) {
      out.arrivals.push(refused(found, err));
    }
  }
  return out;
}
