import type { BaseWindow, MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Development build: adds reload and developer tools, which a coordinator should not see. */
  isDev: boolean;
  /** Shows the "Om Bytteordning" box. */
  onAbout: () => void;
}

/**
 * The application menu in Norwegian. Role items do the work (and bring the platform's
 * shortcuts); every item still gets an explicit label, since role labels come from
 * Electron in English.
 */
export function buildMenuTemplate({ isDev, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const vis: MenuItemConstructorOptions[] = [
    ...(isDev
      ? ([
          { role: 'reload', label: 'Last inn på nytt' },
          { role: 'toggleDevTools', label: 'Utviklerverktøy' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: 'Faktisk størrelse' },
    { role: 'zoomIn', label: 'Zoom inn' },
    { role: 'zoomOut', label: 'Zoom ut' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Fullskjerm' },
  ];

  return [
    {
      label: 'Fil',
      submenu: [
        { role: 'close', label: 'Lukk vindu' },
        { type: 'separator' },
        { role: 'quit', label: 'Avslutt' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjør om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    { label: 'Vis', submenu: vis },
    {
      label: 'Vindu',
      submenu: [
        { role: 'minimize', label: 'Minimer' },
        {
          label: 'Maksimer',
          click: (_item, window) => toggleMaximize(window),
        },
        { type: 'separator' },
        { role: 'close', label: 'Lukk' },
      ],
    },
    {
      role: 'help',
      label: 'Hjelp',
      submenu: [{ label: 'Om Bytteordning', click: () => onAbout() }],
    },
  ];
}

function toggleMaximize(window: BaseWindow | undefined): void {
  if (!window) return;
  if (window.isMaximized()) window.unmaximize();
  else window.maximize();
}

/** Every label in a template, depth first: for tests and for checking nothing is left in English. */
export function menuLabels(template: readonly MenuItemConstructorOptions[]): string[] {
  const out: string[] = [];
  for (const item of template) {
    if (item.label) out.push(item.label);
    if (Array.isArray(item.submenu)) out.push(...menuLabels(item.submenu));
  }
  return out;
}
