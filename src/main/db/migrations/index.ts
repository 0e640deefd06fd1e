import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { m001_initial } from './001_initial';
import { m002_documents } from './002_documents';
import { m003_audit } from './003_audit';
import { m004_stats } from './004_stats';
import { m005_declined_reasons } from './005_declined_reasons';
import { m006_signed_audit } from './006_signed_audit';
import { m007_sync } from './007_sync';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; each version exactly once. A migration is never edited after it has shipped. */
export const MIGRATIONS: readonly Migration[] = [m001_initial, m002_documents, m003_audit, m004_stats, m005_declined_reasons, m006_signed_audit, m007_sync];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Runs the migrations the file has not seen, each in its own transaction. */
export function migrate(db: Database.Database, upTo: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) throw new AppError('NYERE_DATABASE');
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
