import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuLabels } from '../../../src/main/electron/menu';

const find = (items: MenuItemConstructorOptions[], label: string) => {
  const item = items.find((i) => i.label === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu ${label}`);
  return item.submenu as MenuItemConstructorOptions[];
};

describe('application menu', () => {
  it('has the Norwegian top-level menus', () => {
    const t = buildMenuTemplate({ isDev: false, onAbout: () => {} });
    expect(t.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Vindu', 'Hjelp']);
  });

  it('labels every item in Norwegian, on role items too', () => {
    const t = buildMenuTemplate({ isDev: true, onAbout: () => {} });
    const roleItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [...(i.role ? [i] : []), ...(Array.isArray(i.submenu) ? roleItems(i.submenu) : [])]);
    for (const item of roleItems(t)) expect(item.label, `role ${item.role}`).toBeTruthy();
    const labels = menuLabels(t);
    for (const english of ['File', 'Edit', 'View', 'Window', 'Help', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All', 'Quit', 'Reload', 'Zoom In']) {
      expect(labels).not.toContain(english);
    }
  });

  it('has the expected items with the right roles', () => {
    const t = buildMenuTemplate({ isDev: false, onAbout: () => {} });
    const roles = (label: string) => find(t, label).filter((i) => i.type !== 'separator').map((i) => [i.label, i.role]);
    expect(roles('Fil')).toEqual([['Lukk vindu', 'close'], ['Avslutt', 'quit']]);
    expect(roles('Rediger')).toEqual([
      ['Angre', 'undo'],
      ['Gjør om', 'redo'],
      ['Klipp ut', 'cut'],
      ['Kopier', 'copy'],
      ['Lim inn', 'paste'],
      ['Merk alt', 'selectAll'],
    ]);
    expect(roles('Vis')).toEqual([
      ['Faktisk størrelse', 'resetZoom'],
      ['Zoom inn', 'zoomIn'],
      ['Zoom ut', 'zoomOut'],
      ['Fullskjerm', 'togglefullscreen'],
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const prod = menuLabels(buildMenuTemplate({ isDev: false, onAbout: () => {} }));
    const dev = menuLabels(buildMenuTemplate({ isDev: true, onAbout: () => {} }));
    expect(prod).not.toContain('Last inn på nytt');
    expect(prod).not.toContain('Utviklerverktøy');
    expect(dev).toContain('Last inn på nytt');
    expect(dev).toContain('Utviklerverktøy');
  });

  it('Hjelp > Om Bytteordning calls onAbout; Vindu > Maksimer toggles the window', () => {
    const onAbout = vi.fn();
    const t = buildMenuTemplate({ isDev: false, onAbout });
    const om = find(t, 'Hjelp').find((i) => i.label === 'Om Bytteordning');
    om?.click?.({} as never, undefined, {} as never);
    expect(onAbout).toHaveBeenCalledOnce();

    let maximized = false;
    const win = { isMaximized: () => maximized, maximize: () => (maximized = true), unmaximize: () => (maximized = false) };
    const maks = find(t, 'Vindu').find((i) => i.label === 'Maksimer');
    maks?.click?.({} as never, win as never, {} as never);
    expect(maximized).toBe(true);
    maks?.click?.({} as never, win as never, {} as never);
    expect(maximized).toBe(false);
    expect(() => maks?.click?.({} as never, undefined, {} as never)).not.toThrow();
  });
});
