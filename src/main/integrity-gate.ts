import { type Channel, LOGGED_READ_CHANNELS, READ_ONLY_CHANNELS, RECOVERY_CHANNELS } from '../shared/contract';
import { type AppErrorShape, ERROR_MESSAGES } from '../shared/errors';

export type DatabaseHealth = 'kontrolleres' | 'ok' | 'skadet';

/**
 * The integrity check of the case database, as the dispatcher sees it. While it runs, reads
 * go ahead (an opening's audit row is kept until it passes) and every write waits for it;
 * when it fails, only the way out (a restore) answers.
 */
export interface IntegrityGate {
  readonly health: DatabaseHealth;
  /**
   * A check is due. `run` starts it (its promise settles with what it found, [] when sound),
   * when something waits for it or asks for it, or after `startAfterMs` at the latest: the
   * window's first screen loads without the check's reading beside it on the same cores.
   */
  checking(run: () => Promise<string[]>, startAfterMs: number): void;
  /** The database was checked when it was opened: sound. */
  sound(): void;
  /** Resolves when the latest check is done (true when sound), without starting it sooner. */
  settled(): Promise<boolean>;
  /** Starts the check now if it is waiting, and resolves when it is done. */
  request(): Promise<boolean>;
  /** Null when `channel` may run now (after waiting for the check when it must), else the refusal. */
  admit(channel: Channel): Promise<AppErrorShape | null>;
}

export interface GateEvents {
  /** The check found the database damaged. */
  damaged(problems: string[]): void;
  /** The check passed; runs before any write that waited for it goes on. */
  sound?(): void;
}

export function createIntegrityGate(events: GateEvents): IntegrityGate {
  let health: DatabaseHealth = 'ok';
  let done: Promise<boolean> = Promise.resolve(true);
  let begin = () => {};

  const gate: IntegrityGate = {
    get health() {
      return health;
    },
    checking(run, startAfterMs) {
      health = 'kontrolleres';
      let start!: () => void;
      const found = new Promise<string[]>((resolve) => {
        let started = false;
        start = () => {
          if (started) return;
          started = true;
          clearTimeout(timer);
          // A check that could not run at all proves nothing: the file is treated as damaged.
          run().then(resolve, (err: unknown) => resolve([String(err)]));
        };
      });
      const timer = setTimeout(start, startAfterMs);
      timer.unref?.();
      const current = found.then((problems) => {
        // A newer check (after a restore) has taken over: this one no longer decides.
        if (done !== current) return problems.length === 0;
        if (problems.length > 0) {
          health = 'skadet';
          events.damaged(problems);
          return false;
        }
        health = 'ok';
        events.sound?.();
        return true;
      });
      done = current;
      begin = start;
    },
    sound() {
      health = 'ok';
      done = Promise.resolve(true);
      begin = () => {};
    },
    settled: () => done,
    request() {
      begin();
      return done;
    },
    async admit(channel) {
      if (health === 'kontrolleres' && !READ_ONLY_CHANNELS.has(channel) && !LOGGED_READ_CHANNELS.has(channel)) await gate.request();
      if (health === 'skadet' && !RECOVERY_CHANNELS.has(channel)) {
        return { code: 'DATABASE_SKADET', message: ERROR_MESSAGES.DATABASE_SKADET };
      }
      return null;
    },
  };
  return gate;
}
