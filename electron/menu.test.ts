import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/ipc/contract';
import { languages } from '../shared/i18n/languages';
import { buildMenuTemplate, type MenuItemTemplate } from './menu';

function build(platform: string, language: 'en' | 'ru' | 'hu' = 'en', developerTools = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(language, platform, (command) => sent.push(command), { developerTools });
  return { template, sent };
}

/** Each item as its role or label ('-' for a separator), to compare structure at a glance. */
function outline(items: MenuItemTemplate[] | undefined): string[] {
  return (items ?? []).map((item) => (item.type === 'separator' ? '-' : (item.role ?? item.label ?? '?')));
}

function find(template: MenuItemTemplate[], id: string): MenuItemTemplate {
  const item = template.flatMap((menu) => [menu, ...(menu.submenu ?? [])]).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No menu item ${id}`);
  return item;
}

describe('buildMenuTemplate on Windows and Linux', () => {
  it('has File, Edit, View and Window', () => {
    const { template } = build('win32');
    expect(outline(template)).toEqual(['File', 'Edit', 'View', 'Window']);
    expect(outline(template[0]?.submenu)).toEqual(['Back up now', 'Print…', 'Settings…', '-', 'quit']);
    expect(outline(template[1]?.submenu)).toEqual(['undo', 'redo', '-', 'cut', 'copy', 'paste', 'selectAll']);
    expect(outline(template[2]?.submenu)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', '-', 'togglefullscreen']);
    expect(outline(template[3]?.submenu)).toEqual(['minimize', 'close']);
    expect(outline(build('linux').template)).toEqual(outline(template));
  });

  it('sends the matching command for each of our items', () => {
    const { template, sent } = build('linux');
    find(template, 'backup-now').click?.();
    find(template, 'print').click?.();
    find(template, 'open-settings').click?.();
    expect(sent).toEqual(['backup-now', 'print', 'open-settings']);
  });

  it('gives Print and Settings the usual shortcuts', () => {
    const { template } = build('win32');
    expect(find(template, 'print').accelerator).toBe('CmdOrCtrl+P');
    expect(find(template, 'open-settings').accelerator).toBe('CmdOrCtrl+,');
    expect(find(template, 'backup-now').accelerator).toBeUndefined();
  });

  it('shows Reload and Developer Tools only for developer runs', () => {
    expect(outline(build('linux', 'en', true).template[2]?.submenu).slice(0, 3)).toEqual(['reload', 'toggleDevTools', '-']);
    expect(JSON.stringify(build('linux').template)).not.toMatch(/reload|toggleDevTools/);
  });
});

describe('buildMenuTemplate on macOS', () => {
  it('starts with the app menu holding About, Settings and Quit', () => {
    const { template } = build('darwin');
    expect(outline(template)).toEqual(['Backoffice', 'File', 'Edit', 'View', 'Window']);
    expect(outline(template[0]?.submenu)).toEqual([
      'about', '-', 'Settings…', '-', 'services', '-', 'hide', 'hideOthers', 'unhide', '-', 'quit',
    ]);
    expect(outline(template[1]?.submenu)).toEqual(['Back up now', 'Print…']);
  });

  it('still sends every command', () => {
    const { template, sent } = build('darwin');
    for (const id of ['open-settings', 'backup-now', 'print']) find(template, id).click?.();
    expect(sent).toEqual(['open-settings', 'backup-now', 'print']);
  });
});

describe('menu labels', () => {
  it('are translated for every item on Windows and Linux, where Electron labels role items in English', () => {
    const ru = build('linux', 'ru').template;
    expect(outline(ru)).toEqual(['Файл', 'Правка', 'Вид', 'Окно']);
    expect(find(ru, 'backup-now').label).toBe('Создать резервную копию');
    const hu = build('linux', 'hu').template;
    expect(outline(hu)).toEqual(['Fájl', 'Szerkesztés', 'Nézet', 'Ablak']);
    expect(find(hu, 'print').label).toBe('Nyomtatás…');
    const roleItems = ru.flatMap((menu) => menu.submenu ?? []).filter((item) => item.role);
    expect(roleItems.length).toBeGreaterThan(0);
    expect(roleItems.find((item) => item.role === 'copy')?.label).toBe('Копировать');
    expect(roleItems.every((item) => typeof item.label === 'string' && item.label.length > 0)).toBe(true);
  });

  it('leave role items to macOS, which labels them in the system language', () => {
    const mac = build('darwin', 'hu').template;
    const roleItems = mac.flatMap((menu) => menu.submenu ?? []).filter((item) => item.role);
    expect(roleItems.every((item) => item.label === undefined)).toBe(true);
  });

  it('differ between languages for every item we label', () => {
    const ids = ['file', 'edit', 'view', 'window', 'backup-now', 'print', 'open-settings'];
    for (const id of ids) {
      const labels = new Set(languages.map((language) => find(build('linux', language).template, id).label));
      expect(labels.size, id).toBe(languages.length);
    }
  });
});
