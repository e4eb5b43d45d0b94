/**
 * The file channels' names, zod-free, for shared/ipc/names.ts (which the sandboxed preload
 * bundles). Their schemas are in channels.ts.
 */
export const fileChannelNames = ['files:open-statement', 'files:open-journal', 'files:save-journal'] as const;
