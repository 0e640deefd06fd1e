import fs from 'node:fs';
import path from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 860;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent until the window has been placed once: the OS then centres it. */
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  isMaximized: boolean;
}

/** The part of an Electron `Display` this module needs. */
export interface DisplayLike {
  workArea: Rect;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT },
  isMaximized: false,
};

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Parses the saved file's content; anything malformed gives the default state (the file is only a convenience). */
export function parseWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
  const r = raw as Record<string, unknown>;
  const { x, y, width, height, isMaximized } = r;
  if (!isFiniteNumber(width) || !isFiniteNumber(height)) return DEFAULT_WINDOW_STATE;
  const bounds: WindowState['bounds'] = { width: Math.round(width), height: Math.round(height) };
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    bounds.x = Math.round(x);
    bounds.y = Math.round(y);
  }
  return { bounds, isMaximized: isMaximized === true };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits saved bounds onto the displays there are now (a laptop undocked from its second
 * screen must not open the window off-screen): the size is clamped between the minimum and
 * the work area, and the window is moved fully onto the display it overlaps most. With no
 * overlap at all the position is dropped so the OS centres the window.
 */
export function clampToDisplays(state: WindowState, displays: readonly DisplayLike[]): WindowState {
  const primary = displays[0];
  if (!primary) return state;
  const { x, y } = state.bounds;
  let target: DisplayLike | undefined;
  if (x !== undefined && y !== undefined) {
    const rect = { x, y, width: state.bounds.width, height: state.bounds.height };
    let best = 0;
    for (const d of displays) {
      const area = overlapArea(rect, d.workArea);
      if (area > best) {
        best = area;
        target = d;
      }
    }
  }
  const area = (target ?? primary).workArea;
  const width = Math.max(Math.min(state.bounds.width, area.width), Math.min(MIN_WIDTH, area.width));
  const height = Math.max(Math.min(state.bounds.height, area.height), Math.min(MIN_HEIGHT, area.height));
  if (!target || x === undefined || y === undefined) {
    return { bounds: { width, height }, isMaximized: state.isMaximized };
  }
  const cx = Math.min(Math.max(x, area.x), area.x + area.width - width);
  const cy = Math.min(Math.max(y, area.y), area.y + area.height - height);
  return { bounds: { x: cx, y: cy, width, height }, isMaximized: state.isMaximized };
}

export function readWindowState(dir: string): WindowState {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function writeWindowState(dir: string, bounds: Rect, isMaximized: boolean): void {
  const file = path.join(dir, WINDOW_STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, JSON.stringify({ ...bounds, isMaximized }));
    fs.renameSync(tmp, file);
  } catch (err) {
    // Losing the window position is harmless; never let it stop the app from closing.
    fs.rmSync(tmp, { force: true });
    console.warn(`[window-state] not saved: ${(err as Error).message}`);
  }
}
