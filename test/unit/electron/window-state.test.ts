import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  parseWindowState,
  readWindowState,
  writeWindowState,
} from '../../../src/main/electron/window-state';

const fullHd = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const right = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

describe('window state', () => {
  it('falls back to the default on anything malformed', () => {
    for (const raw of [null, 'x', 42, {}, { width: '800', height: 600 }, { width: NaN, height: 600 }, { width: Infinity, height: 1 }]) {
      expect(parseWindowState(raw)).toEqual(DEFAULT_WINDOW_STATE);
    }
    expect(parseWindowState({ width: 1100.4, height: 800, x: 'a', y: 1 })).toEqual({ bounds: { width: 1100, height: 800 }, isMaximized: false });
    expect(parseWindowState({ width: 1100, height: 800, x: 5, y: 6, isMaximized: 'yes' }).isMaximized).toBe(false);
  });

  it('keeps a window that fits, on whichever display it is', () => {
    const s = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true };
    expect(clampToDisplays(s, [fullHd, right])).toEqual(s);
  });

  it('clamps size between the minimum and the work area, and pulls the window fully on screen', () => {
    expect(clampToDisplays({ bounds: { x: 1500, y: 900, width: 3000, height: 300 }, isMaximized: false }, [fullHd])).toEqual({
      bounds: { x: 0, y: 340, width: 1920, height: 700 },
      isMaximized: false,
    });
  });

  it('drops the position of a window on a display that is gone, so the OS centres it', () => {
    expect(clampToDisplays({ bounds: { x: 5000, y: 100, width: 1200, height: 800 }, isMaximized: false }, [fullHd])).toEqual({
      bounds: { width: 1200, height: 800 },
      isMaximized: false,
    });
  });

  it('never exceeds a display smaller than the minimum', () => {
    const small = { workArea: { x: 0, y: 0, width: 800, height: 600 } };
    expect(clampToDisplays({ bounds: { x: 0, y: 0, width: 1200, height: 900 }, isMaximized: false }, [small]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 600,
    });
  });

  it('round-trips through window-state.json, and ignores a corrupt file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-ws-'));
    try {
      expect(readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
      writeWindowState(dir, { x: 10, y: 20, width: 1200, height: 800 }, true);
      expect(readWindowState(dir)).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, isMaximized: true });
      fs.writeFileSync(path.join(dir, 'window-state.json'), '{"width": 12');
      expect(readWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
