import type { Db } from '../db/database';
import { districtIdSchema } from '../../shared/districts';
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

  return {
    get(): Settings | null {
      const row = selectStmt.get();
      if (!row) return null;
      return {
        district: districtIdSchema.parse(row.district),
        coordinatorName: row.coordinator_name,
        coordinatorContact: row.coordinator_contact,
        deadlines: deadlineSettingsSchema.parse(JSON.parse(row.deadlines)),
      };
    },
    save(setup: Setup, deadlines: DeadlineSettingsInput, now: string): void {
      upsertStmt.run({
        district: setup.district,
        name: setup.coordinatorName,
        contact: setup.coordinatorContact,
        deadlines: JSON.stringify(deadlines),
        now,
      });
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
