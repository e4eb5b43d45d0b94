import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsFileSchema, type SettingsFile } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';

/**
 * settings.json in the app's data folder: the few settings main needs before the window
 * exists (the menu's language, the company name). The renderer keeps the full settings
 * in its own store and mirrors these here through 'settings:write'.
 */

export const settingsFileName = 'settings.json';

export const defaultSettings: SettingsFile = { language: 'en', companyName: '' };

export function settingsFilePath(dataFolder: string): string {
  return join(dataFolder, settingsFileName);
}

/**
 * Reads the settings, or the defaults when the file is missing, unreadable, not JSON or
 * not valid: start-up must never fail on this file. `onProblem` hears why (for the log).
 */
export async function readSettingsFile(
  dataFolder: string,
  onProblem?: (reason: string) => void,
): Promise<SettingsFile> {
  let text: string;
  try {
    text = await readFile(settingsFilePath(dataFolder), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem?.(`Cannot read ${settingsFileName}: ${String(error)}`);
    return { ...defaultSettings };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    onProblem?.(`${settingsFileName} is not valid JSON; using the defaults.`);
    return { ...defaultSettings };
  }
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) {
    onProblem?.(`${settingsFileName} does not match the expected shape; using the defaults.`);
    return { ...defaultSettings };
  }
  return parsed.data;
}

/** Validates, then replaces settings.json atomically (creating the data folder if needed). */
export async function writeSettingsFile(dataFolder: string, settings: SettingsFile): Promise<void> {
  const valid = settingsFileSchema.parse(settings);
  await mkdir(dataFolder, { recursive: true });
  await writeFileAtomic(settingsFilePath(dataFolder), `${JSON.stringify(valid, null, 2)}\n`);
}
