import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// js-yaml, minimatch and app-builder-lib come with electron-builder; loaded untyped on purpose
// (no @types for them is installed).
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string, options?: object): boolean };

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');
const SCHEMA_FILE = require.resolve('app-builder-lib/scheme.json');

type Config = Record<string, unknown> & {
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  linux: { target: string[]; category: string; maintainer: string };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
};
const config = yaml.load(fs.readFileSync(CONFIG_FILE, 'utf8')) as Config;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema (app-builder-lib/scheme.json)", () => {
    const validate = validator();
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check would catch a misspelt option', () => {
    const validate = validator();
    expect(validate({ ...config, electronFuse: {} })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } })).toBe(false);
  });

  it('passes electron-builder\'s own loader and validator', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await getConfig(ROOT, CONFIG_FILE, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('no.oslo.kommune.bytteordning');
    expect(config.productName).toBe('Bytteordning');
    expect(config.directories).toEqual({ output: 'out', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('builds nsis and msi for Windows, AppImage and deb for Linux', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
  });

  it('nsis lets the user choose per-user or per-machine, in Norwegian; msi is per-machine', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['nb_NO'],
      deleteAppDataOnUninstall: false,
    });
    expect(config.msi).toMatchObject({ perMachine: true });
  });

  it("the NSIS installer speaks Norwegian bokmål, as electron-builder's own language logic reads the config", () => {
    // multiLanguageInstaller: false would make electron-builder ignore installerLanguages and use en_US.
    const { LangConfigurator } = require('app-builder-lib/out/targets/nsis/nsisLang') as {
      LangConfigurator: new (options: Record<string, unknown>) => { isMultiLang: boolean; langs: string[] };
    };
    expect(config.nsis).toMatchObject({ multiLanguageInstaller: true, displayLanguageSelector: false, language: '1044' });
    expect(new LangConfigurator(config.nsis).langs).toEqual(['nb_NO']);
    expect(new LangConfigurator({ ...config.nsis, multiLanguageInstaller: false }).langs).toEqual(['en_US']);
  });

  it('unpacks native modules from the asar', () => {
    for (const file of [
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      'node_modules/some-other/prebuilds/linux-x64/addon.node',
    ]) {
      expect(config.asarUnpack.some((pattern) => minimatch(file, pattern, { dot: true })), file).toBe(true);
    }
    expect(config.asarUnpack.some((p) => minimatch('node_modules/better-sqlite3-multiple-ciphers/lib/index.js', p))).toBe(true);
  });

  it('ships the built app, not the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', 'node_modules/**']));
    expect(config.files.some((f) => f.startsWith('src'))).toBe(false);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has a 512×512 PNG icon in build/', () => {
    const png = fs.readFileSync(path.join(ROOT, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height are the big-endian words at offsets 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
