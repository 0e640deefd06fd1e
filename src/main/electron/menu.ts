import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS } from '../../shared/i18n/system-messages';

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
          { role: 'reload', label: MENU_LABELS.lastInnPaNytt },
          { role: 'toggleDevTools', label: MENU_LABELS.utviklerverktoy },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: MENU_LABELS.faktiskStorrelse },
    { role: 'zoomIn', label: MENU_LABELS.zoomInn },
    { role: 'zoomOut', label: MENU_LABELS.zoomUt },
    { type: 'separator' },
    { role: 'togglefullscreen', label: MENU_LABELS.fullskjerm },
  ];

  return [
    {
      label: MENU_LABELS.fil,
      submenu: [
        { role: 'close', label: MENU_LABELS.lukkVindu },
        { type: 'separator' },
        { role: 'quit', label: MENU_LABELS.avslutt },
      ],
    },
    {
      label: MENU_LABELS.rediger,
      submenu: [
        { role: 'undo', label: MENU_LABELS.angre },
        { role: 'redo', label: MENU_LABELS.gjorOm },
        { type: 'separator' },
        { role: 'cut', label: MENU_LABELS.klippUt },
        { role: 'copy', label: MENU_LABELS.kopier },
        { role: 'paste', label: MENU_LABELS.limInn },
        { type: 'separator' },
        { role: 'selectAll', label: MENU_LABELS.merkAlt },
      ],
    },
    { label: MENU_LABELS.vis, submenu: vis },
    {
      label: MENU_LABELS.vindu,
      submenu: [
        { role: 'minimize', label: MENU_LABELS.minimer },
        {
          label: MENU_LABELS.maksimer,
          click: (_item, window) => toggleMaximize(window),
        },
        { type: 'separator' },
        { role: 'close', label: MENU_LABELS.lukk },
      ],
    },
    {
      role: 'help',
      label: MENU_LABELS.hjelp,
      submenu: [{ label: MENU_LABELS.omBytteordning, click: () => onAbout() }],
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
