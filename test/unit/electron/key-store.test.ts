import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  folderHasDatabase,
  KeyStoreError,
  loadOrCreateDatabaseKey,
  SEALED_KEY_FILE,
} from '../../../src/main/electron/key-store';
import { FakeSafeStorage } from './fake-electron';

let dir: string;
let safeStorage: FakeSafeStorage;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-key-'));
  safeStorage = new FakeSafeStorage();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sealedFile = () => path.join(dir, SEALED_KEY_FILE);

async function expectKeyStoreError(p: Promise<unknown>, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KeyStoreError);
  expect((err as KeyStoreError).code).toBe(code);
}

describe('key store', () => {
  it('first run makes a random 32-byte key and stores it only sealed', async () => {
    const { key, created } = await loadOrCreateDatabaseKey({ safeStorage, dir });
    expect(created).toBe(true);
    expect(key).toHaveLength(32);
    const onDisk = fs.readFileSync(sealedFile());
    expect(onDisk.includes(key)).toBe(false);
    expect(onDisk.toString('latin1')).not.toContain(key.toString('base64'));
    expect(onDisk.toString('latin1')).not.toContain(key.toString('hex'));
    if (process.platform !== 'win32') expect(fs.statSync(sealedFile()).mode & 0o077).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([SEALED_KEY_FILE]); // no temp file left behind
  });

  it('second run returns the same key without sealing again', async () => {
    const first = await loadOrCreateDatabaseKey({ safeStorage, dir });
    const calls = safeStorage.encryptCalls;
    const second = await loadOrCreateDatabaseKey({ safeStorage, dir, hasExistingData: true });
    expect(second.created).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
    expect(safeStorage.encryptCalls).toBe(calls);
  });

  it('two installs get different keys', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-key-'));
    try {
      const a = await loadOrCreateDatabaseKey({ safeStorage, dir });
      const b = await loadOrCreateDatabaseKey({ safeStorage, dir: other });
      expect(a.key.equals(b.key)).toBe(false);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('re-seals the same key when the OS asks for it (key rotation)', async () => {
    const first = await loadOrCreateDatabaseKey({ safeStorage, dir });
    safeStorage.shouldReEncrypt = true;
    const calls = safeStorage.encryptCalls;
    const again = await loadOrCreateDatabaseKey({ safeStorage, dir });
    expect(again.key.equals(first.key)).toBe(true);
    expect(safeStorage.encryptCalls).toBe(calls + 1);
    safeStorage.shouldReEncrypt = false;
    expect((await loadOrCreateDatabaseKey({ safeStorage, dir })).key.equals(first.key)).toBe(true);
  });

  it('a sealed file the OS cannot unseal raises NOKKEL_ULESELIG and is left untouched', async () => {
    await loadOrCreateDatabaseKey({ safeStorage, dir });
    const before = fs.readFileSync(sealedFile());
    safeStorage.failDecrypt = true;
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir }), 'NOKKEL_ULESELIG');
    expect(fs.readFileSync(sealedFile()).equals(before)).toBe(true);
  });

  it.each([
    ['garbage', Buffer.from('not sealed at all')],
    ['empty', Buffer.alloc(0)],
  ])('a %s sealed file raises NOKKEL_ULESELIG, never a new key', async (_name, content) => {
    fs.writeFileSync(sealedFile(), content);
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir }), 'NOKKEL_ULESELIG');
    expect(fs.readFileSync(sealedFile()).equals(content)).toBe(true);
    expect(safeStorage.encryptCalls).toBe(0);
  });

  it.each([
    ['a key of the wrong length', 'bytteordning-db-key:v1:' + Buffer.alloc(16, 1).toString('base64')],
    ['another format', Buffer.alloc(32, 1).toString('hex')],
    ['bad base64', 'bytteordning-db-key:v1:%%%'],
  ])('a sealed file holding %s raises NOKKEL_ULESELIG', async (_name, plain) => {
    fs.writeFileSync(sealedFile(), await safeStorage.encryptStringAsync(plain));
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir }), 'NOKKEL_ULESELIG');
  });

  it('refuses to make a key over existing data (NOKKEL_MANGLER)', async () => {
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir, hasExistingData: true }), 'NOKKEL_MANGLER');
    expect(fs.existsSync(sealedFile())).toBe(false);
  });

  it('refuses when the OS key store is unavailable, or is Linux basic_text', async () => {
    safeStorage.available = false;
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir }), 'KRYPTERING_UTILGJENGELIG');
    safeStorage.available = true;
    safeStorage.backend = 'basic_text';
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage, dir }), 'KRYPTERING_UTILGJENGELIG');
    expect(fs.existsSync(sealedFile())).toBe(false);
  });

  it('refuses a key store that seals but cannot unseal, before any data uses the key', async () => {
    const broken = Object.assign(new FakeSafeStorage(), {
      decryptStringAsync: vi.fn(async () => ({ shouldReEncrypt: false, result: 'bytteordning-db-key:v1:' + Buffer.alloc(32, 9).toString('base64') })),
    });
    await expectKeyStoreError(loadOrCreateDatabaseKey({ safeStorage: broken, dir }), 'NOKKEL_ULESELIG');
  });

  it('messages are Norwegian and say nothing was changed', () => {
    for (const code of ['KRYPTERING_UTILGJENGELIG', 'NOKKEL_ULESELIG', 'NOKKEL_MANGLER'] as const) {
      expect(new KeyStoreError(code).message).toMatch(/Ingen data er endret\.$/);
    }
  });

  it('folderHasDatabase sees SQLite files and their WAL companions', () => {
    expect(folderHasDatabase(dir)).toBe(false);
    expect(folderHasDatabase(path.join(dir, 'missing'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'window-state.json'), '{}');
    expect(folderHasDatabase(dir)).toBe(false);
    fs.writeFileSync(path.join(dir, 'bytteordning.db-wal'), '');
    expect(folderHasDatabase(dir)).toBe(true);
  });
});
