import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsFile } from '../../shared/ipc/contract';
import { defaultSettings, readSettingsFile, writeSettingsFile } from './settings-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-settings-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('settings.json', () => {
  it('reads as the defaults when missing, without a complaint', async () => {
    const problems: string[] = [];
    expect(await readSettingsFile(folder, (reason) => problems.push(reason))).toEqual({ language: 'en', companyName: '' });
    expect(problems).toEqual([]);
  });

  it('round-trips what was written, as readable JSON', async () => {
    const settings: SettingsFile = { language: 'hu', companyName: 'Kovács és Társa Kft.' };
    await writeSettingsFile(folder, settings);
    expect(await readSettingsFile(folder)).toEqual(settings);
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8'))).toEqual(settings);
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('creates the data folder on first write', async () => {
    const dataFolder = join(folder, 'Backoffice');
    await writeSettingsFile(dataFolder, { language: 'ru', companyName: 'ООО «Ромашка»' });
    expect((await readSettingsFile(dataFolder)).language).toBe('ru');
  });

  it.each([
    ['truncated JSON', '{"language": "ru", "compa'],
    ['an unknown language', '{"language": "de", "companyName": ""}'],
    ['an extra field', '{"language": "ru", "companyName": "", "admin": true}'],
    ['not an object', '[]'],
    ['an empty file', ''],
  ])('reads as the defaults, with a reason for the log, when it holds %s', async (_case, content) => {
    await writeFile(join(folder, 'settings.json'), content);
    const problems: string[] = [];
    expect(await readSettingsFile(folder, (reason) => problems.push(reason))).toEqual(defaultSettings);
    expect(problems).toHaveLength(1);
  });

  it('reads as the defaults when settings.json cannot be read as a file', async () => {
    await writeSettingsFile(join(folder, 'settings.json'), defaultSettings); // a folder named settings.json
    const problems: string[] = [];
    expect(await readSettingsFile(folder, (reason) => problems.push(reason))).toEqual(defaultSettings);
    expect(problems[0]).toMatch(/Cannot read settings\.json/);
  });

  it('refuses to write invalid settings and keeps the old file', async () => {
    await writeSettingsFile(folder, { language: 'ru', companyName: 'Old' });
    await expect(writeSettingsFile(folder, { language: 'xx', companyName: '' } as unknown as SettingsFile)).rejects.toThrow();
    expect(await readSettingsFile(folder)).toEqual({ language: 'ru', companyName: 'Old' });
  });

  it('hands out a fresh defaults object each time', async () => {
    const first = await readSettingsFile(folder);
    first.companyName = 'changed';
    expect((await readSettingsFile(folder)).companyName).toBe('');
  });
});
