import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateKey } from '../../src/main/web/key-file';
import { passphraseProblem } from '../../src/main/web/passphrase';
import { tempDir } from '../support/test-app';

describe('browser mode passphrase strength', () => {
  it.each([
    ['a', /for kort/],
    ['Passord12345', /for lett å gjette/],
    ['Stovner2026!!', /for lett å gjette/],
    ['aaaaaaaaaaaaaaaa', /for lett å gjette/],
    ['abcdefghijklmnop', /for lett å gjette/],
    ['Bytteordning-Oslo-kommune', /for lett å gjette/],
  ])('refuses %j with a reason', (weak, reason) => {
    expect(passphraseProblem(weak)).toMatch(reason);
  });

  it.each(['korrekt hest batteri stift', 'Tr0ll-Fjell!måne9Kaffe', 'blåbær syltetøy fiolin regnjakke'])('accepts %j', (strong) => {
    expect(passphraseProblem(strong)).toBeNull();
  });

  it('a new data folder refuses a weak passphrase and creates nothing; an existing one still opens', () => {
    const dir = tempDir();
    expect(() => loadOrCreateKey(dir, false, 'hemmelig1')).toThrow(expect.objectContaining({ code: 'PASSORD_FOR_SVAKT', message: expect.stringContaining('Ingenting er opprettet') }));
    expect(fs.readdirSync(dir)).toEqual([]);

    const strong = loadOrCreateKey(dir, false, 'korrekt hest batteri stift');
    expect(strong).toHaveLength(32);
    expect(loadOrCreateKey(dir, true, 'korrekt hest batteri stift').equals(strong)).toBe(true);
    // A folder made before the rule keeps opening with its (weak) passphrase: its salt exists.
    const old = tempDir();
    fs.writeFileSync(path.join(old, 'database.salt'), Buffer.alloc(16, 7));
    expect(loadOrCreateKey(old, true, 'a')).toHaveLength(32);
  });
});
