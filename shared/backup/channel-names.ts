/**
 * The backup channels' names, zod-free, for shared/ipc/names.ts (which the sandboxed
 * preload bundles). Their schemas are in channels.ts.
 */
export const backupChannelNames = [
  'backup:status',
  'backup:update-settings',
  'backup:choose-folder',
  'backup:use-default-folder',
  'backup:begin',
  'backup:add-part',
  'backup:finish',
  'backup:abort',
  'backup:list',
  'backup:open',
  'backup:read-part',
  'backup:restore-documents',
  'backup:close',
  'backup:quit-ready',
] as const;

/** Main asks the window for a backup before the app closes (schedule "when closing"). */
export const backupEventNames = ['backup:quit-requested'] as const;
