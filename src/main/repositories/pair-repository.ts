import type { Db } from '../db/database';
import type { DistrictId } from '../../shared/districts';
import { districtIdSchema } from '../../shared/district-schema';
import type { Pair } from '../../shared/settings';

interface PairRow {
  id: number;
  district_a: string;
  district_b: string;
  active: number;
  created_at: string;
}

/** A pair is stored with its districts in sorted order, so A–B and B–A are one pair. */
function ordered(a: DistrictId, b: DistrictId): [DistrictId, DistrictId] {
  return a < b ? [a, b] : [b, a];
}

export function createPairRepository(db: Db) {
  const listStmt = db.prepare<[], PairRow>('SELECT id, district_a, district_b, active, created_at FROM pairs ORDER BY id');
  const upsertStmt = db.prepare(`
    INSERT INTO pairs (district_a, district_b, active, created_at, updated_at)
    VALUES (@a, @b, @active, @now, @now)
    ON CONFLICT (district_a, district_b) DO UPDATE SET active = @active, updated_at = @now`);
  const activeStmt = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM pairs WHERE district_a = ? AND district_b = ? AND active = 1',
  );

  return {
    list(): Pair[] {
      return listStmt.all().map((r) => ({
        id: r.id,
        districtA: districtIdSchema.parse(r.district_a),
        districtB: districtIdSchema.parse(r.district_b),
        active: r.active === 1,
        createdAt: r.created_at,
      }));
    },
    save(a: DistrictId, b: DistrictId, active: boolean, now: string): void {
      const [x, y] = ordered(a, b);
      upsertStmt.run({ a: x, b: y, active: active ? 1 : 0, now });
    },
    isActive(a: DistrictId, b: DistrictId): boolean {
      return activeStmt.get(...ordered(a, b)) !== undefined;
    },
  };
}
export type PairRepository = ReturnType<typeof createPairRepository>;
