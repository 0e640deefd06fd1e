import type { Db } from '../db/database';
import { districtIdSchema } from '../../shared/district-schema';
import { DEFAULT_RETENTION, type RetentionSettings, retentionSettingsSchema } from '../../shared/privacy/retention';
import { deadlineSettingsSchema, type DeadlineSettingsInput, type Settings, type Setup } from '../../shared/settings';

interface SettingsRow {
  district: string;
  coordinator_name: string;
  coordinator_contact: string;
  deadlines: string;
}

export function createSettingsRepository(db: Db) {
  const selectStmt = db.prepare<[], SettingsRow>(
    'SELECT district, coordinator_name, coordinator_contact, deadlines FROM settings WHERE id = 1',
  );
  const upsertStmt = db.prepare(`
    INSERT INTO settings (id, district, coordinator_name, coordinator_contact, deadlines, created_at, updated_at)
    VALUES (1, @district, @name, @contact, @deadlines, @now, @now)
    ON CONFLICT (id) DO UPDATE SET district = @district, coordinator_name = @name,
      coordinator_contact = @contact, deadlines = @deadlines, updated_at = @now`);
  const retentionStmt = db.prepare<[], { retention: string | null }>('SELECT retention FROM settings WHERE id = 1');
  const saveRetentionStmt = db.prepare<[string, string]>('UPDATE settings SET retention = ?, updated_at = ? WHERE id = 1');

  // Every case handler asks for the settings; they change only through save() on this
  // connection, so the parsed row is kept until then.
  let cached: Settings | null = null;

  return {
    get(): Settings | null {
      if (cached) return cached;
      const row = selectStmt.get();
      if (!row) return null;
      const settings: Settings = {
        district: districtIdSchema.parse(row.district),
        coordinatorName: row.coordinator_name,
        coordinatorContact: row.coordinator_contact,
        deadlines: deadlineSettingsSchema.parse(JSON.parse(row.deadlines)),
      };
      // Inside a transaction the row may still roll back: only a committed row is kept.
      if (!db.inTransaction) cached = settings;
      return settings;
    },
    save(setup: Setup, deadlines: DeadlineSettingsInput, now: string): void {
      cached = null;
      upsertStmt.run({
        district: setup.district,
        name: setup.coordinatorName,
        contact: setup.coordinatorContact,
        deadlines: JSON.stringify(deadlines),
        now,
      });
    },
    /** The retention periods; the defaults until the coordinator changes them. */
    retention(): RetentionSettings {
      const stored = retentionStmt.get()?.retention;
      return stored ? retentionSettingsSchema.parse(JSON.parse(stored)) : DEFAULT_RETENTION;
    },
    /** Only after setup: the periods live in the one settings row. */
    saveRetention(retention: RetentionSettings, now: string): void {
      if (saveRetentionStmt.run(JSON.stringify(retention), now).changes !== 1) throw new Error('settings row missing');
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
