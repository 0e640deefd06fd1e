import { AppError } from '../../shared/errors';
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import type { Settings } from '../../shared/settings';
import type { DocumentRepository } from '../repositories/document-repository';
import type { ExchangeRepository } from '../repositories/exchange-repository';
import type { PairRepository } from '../repositories/pair-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import type { Db } from '../db/database';
import type { AuditLog } from '../audit/audit-log';
import type { BackupService } from '../backup-service';
import type { SigningKey } from '../identity/signing-key';
import type { SyncRepository } from '../repositories/sync-repository';
import type { StatsRepository } from '../stats/stats-repository';

/** What every handler may use. One per open database. */
export interface HandlerContext {
  db: Db;
  settings: SettingsRepository;
  pairs: PairRepository;
  exchanges: ExchangeRepository;
  /** What crosses to the partner district's installation, and what has crossed (src/main/sync). */
  sync: SyncRepository;
  /** This installation's key: it signs the audit trail and every update sent to a partner. */
  signingKey: SigningKey;
  /** The statistics' queries; prepared on first use, since most sessions never open the statistics. */
  readonly stats: StatsRepository;
  /** The record of documents made for each exchange. */
  documents: DocumentRepository;
  /** The audit trail of this database: log exports, imports and other non-case writes here. */
  audit: AuditLog;
  /** Backups of the real database (also while training mode shows the other one). */
  backups: BackupService;
  /** Starts the real database's integrity check if it is still waiting; settles when it is done: true when sound. */
  integrityChecked(): Promise<boolean>;
  /** The clock, injectable so tests can move time. */
  now(): Date;
  /** Random bytes, injectable for deterministic tests. */
  randomBytes(n: number): Buffer;
  /** Training mode: which database the handlers see. */
  mode: { readonly training: boolean; setTraining(on: boolean): Promise<void> };
}

export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** Settings every case handler needs; refuses politely before first-run setup. */
export function requireSetup(ctx: HandlerContext): Settings {
  const s = ctx.settings.get();
  if (!s) throw new AppError('IKKE_SATT_OPP');
  return s;
}
