/**
 * The contract's channel and event names without their schemas. The sandboxed preload
 * imports only this file, so its bundle stays tiny and free of zod; contract.ts checks
 * at compile time that its schema table has exactly these keys.
 */

import { backupChannelNames, backupEventNames } from '../backup/channel-names';
import { fileChannelNames } from '../files/channel-names';

export const channelNames = [
  'app:info',
  'settings:write',
  'print:save-pdf',
  'print:to-printer',
  'export:save-table',
  'mail:order',
  ...backupChannelNames,
  ...fileChannelNames,
] as const;
export type Channel = (typeof channelNames)[number];

export const eventNames = ['menu:command', ...backupEventNames] as const;
export type AppEvent = (typeof eventNames)[number];

export const menuCommands = ['backup-now', 'print', 'open-settings'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}

export function isAppEvent(name: unknown): name is AppEvent {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
