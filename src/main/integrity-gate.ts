import { type Channel, READ_ONLY_CHANNELS, RECOVERY_CHANNELS } from '../shared/contract';
import { type AppErrorShape, ERROR_MESSAGES } from '../shared/errors';

export type DatabaseHealth = 'kontrolleres' | 'ok' | 'skadet';

/**
 * The integrity check of the case database, as the dispatcher sees it. While it runs, reads
 * go ahead and every write waits for it; when it fails, only the way out (a restore) answers.
 */
export interface IntegrityGate {
  readonly health: DatabaseHealth;
  /** A check has started; `problems` settles with what it found ([] when sound). */
  checking(problems: Promise<string[]>): void;
  /** The database was checked when it was opened: sound. */
  sound(): void;
  /** Resolves when the latest check is done: true when the database is sound. */
  settled(): Promise<boolean>;
  /** Null when `channel` may run now (after waiting for the check when it must), else the refusal. */
  admit(channel: Channel): Promise<AppErrorShape | null>;
}

export function createIntegrityGate(onDamaged: (problems: string[]) => void): IntegrityGate {
  let health: DatabaseHealth = 'ok';
  let done: Promise<boolean> = Promise.resolve(true);
  return {
    get health() {
      return health;
    },
    checking(problems) {
      health = 'kontrolleres';
      // A check that could not run at all proves nothing: the file is treated as damaged.
      const current = problems.catch((err: unknown) => [String(err)]).then((found) => {
        // A newer check (after a restore) has taken over: this one no longer decides.
        if (done !== current) return found.length === 0;
        health = found.length === 0 ? 'ok' : 'skadet';
        if (health === 'skadet') onDamaged(found);
        return health === 'ok';
      });
      done = current;
    },
    sound() {
      health = 'ok';
      done = Promise.resolve(true);
    },
    settled: () => done,
    async admit(channel) {
      if (health === 'kontrolleres' && !READ_ONLY_CHANNELS.has(channel)) await done;
      if (health === 'skadet' && !RECOVERY_CHANNELS.has(channel)) {
        return { code: 'DATABASE_SKADET', message: ERROR_MESSAGES.DATABASE_SKADET };
      }
      return null;
    },
  };
}
