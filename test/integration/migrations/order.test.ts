import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';

describe('the migrations', () => {
  it('run 1, 2, 3 … with no gap or repeat, one file and one test each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    const dir = path.resolve('src/main/db/migrations');
    for (const m of MIGRATIONS) {
      const prefix = String(m.version).padStart(3, '0');
      expect(fs.readdirSync(dir).filter((f) => f.startsWith(prefix)), `migration ${m.version}`).toHaveLength(1);
      expect(fs.existsSync(path.resolve('test/integration/migrations', `${prefix}_${m.name}.test.ts`)), `test of migration ${m.version}`).toBe(true);
    }
  });
});
