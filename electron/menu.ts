import type { Language } from '../shared/i18n/languages';
import type { MenuCommand } from '../shared/ipc/names';

/**
 * The application menu as plain data, so its structure and commands are tested in Node.
 * main.ts hands it to Menu.buildFromTemplate. Items with a role do what the OS does. On
 * macOS they keep the system's own (localized) labels; on Windows and Linux Electron
 * would label them in English, so they are labelled here in each language.
 */

/** The subset of Electron's menu roles we use (names as Electron spells them). */
export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'close';

/** A minimal mirror of Electron's MenuItemConstructorOptions (this file must not import electron). */
export type MenuItemTemplate = {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
};

type MenuLabels = {
  file: string;
  edit: string;
  view: string;
  window: string;
  backupNow: string;
  print: string;
  settings: string;
};

/** Typed per language so a missing translation fails the type check. */
const labels: Record<Language, MenuLabels> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    backupNow: 'Back up now',
    print: 'Print…',
    settings: 'Settings…',
  },
  ru: {
    file: 'Файл',
    edit: 'Правка',
    view: 'Вид',
    window: 'Окно',
    backupNow: 'Создать резервную копию',
    print: 'Печать…',
    settings: 'Настройки…',
  },
  hu: {
    file: 'Fájl',
    edit: 'Szerkesztés',
    view: 'Nézet',
    window: 'Ablak',
    backupNow: 'Biztonsági mentés most',
    print: 'Nyomtatás…',
    settings: 'Beállítások…',
  },
};

type LabelledRole = 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'minimize' | 'close';

const roleLabels: Record<Language, Record<LabelledRole, string>> = {
  en: {
    quit: 'Quit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', togglefullscreen: 'Full Screen',
    minimize: 'Minimize', close: 'Close Window',
  },
  ru: {
    quit: 'Выход', undo: 'Отменить', redo: 'Повторить', cut: 'Вырезать', copy: 'Копировать', paste: 'Вставить',
    selectAll: 'Выделить всё', resetZoom: 'Исходный размер', zoomIn: 'Увеличить', zoomOut: 'Уменьшить',
    togglefullscreen: 'Во весь экран', minimize: 'Свернуть', close: 'Закрыть окно',
  },
  hu: {
    quit: 'Kilépés', undo: 'Visszavonás', redo: 'Újra', cut: 'Kivágás', copy: 'Másolás', paste: 'Beillesztés',
    selectAll: 'Az összes kijelölése', resetZoom: 'Eredeti méret', zoomIn: 'Nagyítás', zoomOut: 'Kicsinyítés',
    togglefullscreen: 'Teljes képernyő', minimize: 'Kis méret', close: 'Ablak bezárása',
  },
};

const separator: MenuItemTemplate = { type: 'separator' };

export type MenuOptions = {
  /** Adds Reload and Developer Tools to View; only for unpackaged (developer) runs. */
  developerTools?: boolean;
};

export function buildMenuTemplate(
  language: Language,
  platform: string,
  send: (command: MenuCommand) => void,
  options: MenuOptions = {},
): MenuItemTemplate[] {
  const text = labels[language];
  const isMac = platform === 'darwin';
  const role = (name: LabelledRole): MenuItemTemplate => (isMac ? { role: name } : { role: name, label: roleLabels[language][name] });
  const settings: MenuItemTemplate = {
    id: 'open-settings',
    label: text.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send('open-settings'),
  };

  // macOS keeps About, Settings and Quit in the menu named after the app.
  const appMenu: MenuItemTemplate[] = isMac
    ? [
        {
          label: 'Backoffice',
          submenu: [
            { role: 'about' },
            separator,
            settings,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemTemplate = {
    id: 'file',
    label: text.file,
    submenu: [
      { id: 'backup-now', label: text.backupNow, click: () => send('backup-now') },
      { id: 'print', label: text.print, accelerator: 'CmdOrCtrl+P', click: () => send('print') },
      ...(isMac ? [] : [settings, separator, role('quit')]),
    ],
  };

  const edit: MenuItemTemplate = {
    id: 'edit',
    label: text.edit,
    submenu: [role('undo'), role('redo'), separator, role('cut'), role('copy'), role('paste'), role('selectAll')],
  };

  const developer: MenuItemTemplate[] = options.developerTools
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const view: MenuItemTemplate = {
    id: 'view',
    label: text.view,
    submenu: [...developer, role('resetZoom'), role('zoomIn'), role('zoomOut'), separator, role('togglefullscreen')],
  };

  const window: MenuItemTemplate = {
    id: 'window',
    label: text.window,
    submenu: [role('minimize'), role('close')],
  };

  return [...appMenu, file, edit, view, window];
}
