import { z } from 'zod';
import { backupChannels, backupEvents } from '../backup/channels';
import { fileChannels } from '../files/channels';
import { languageSchema } from '../i18n/languages';
import { exportFormats, tableExportSchema } from '../export/table';
import { menuCommands, type AppEvent, type Channel } from './names';

export { channelNames, eventNames, isAppEvent, isChannel, menuCommands } from './names';
export type { AppEvent, Channel, MenuCommand } from './names';

/**
 * The whole IPC contract between the window and the main process: each channel's
 * request and response schema. Types are derived from the schemas, so the renderer,
 * the preload and main cannot disagree. Payloads are plain objects, arrays and Uint8Array.
 */

const millimetres = z.number().min(0).max(50);

export const printJobSchema = z
  .object({
    /** Report title, shown in the page header and used for the suggested file name. */
    title: z.string().trim().min(1).max(200),
    /** Company name, shown in the page header. */
    companyName: z.string().max(200),
    /** A complete, print-ready HTML document built by the renderer. */
    html: z.string().min(1).max(20_000_000),
    pageSize: z.enum(['A4', 'Letter']),
    landscape: z.boolean(),
    marginsMm: z.object({ top: millimetres, right: millimetres, bottom: millimetres, left: millimetres }),
    /** Footer texts in the user's language; `{page}` and `{pages}` are filled in per page. */
    footer: z.object({
      pageOfPages: z.string().min(1).max(100),
      printedAt: z.string().max(100),
    }),
  })
  .strict();
export type PrintJob = z.infer<typeof printJobSchema>;

export const settingsFileSchema = z
  .object({
    language: languageSchema,
    companyName: z.string().max(200),
  })
  .strict();
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const channels = {
  /** Version and platform for the About box and diagnostics. */
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), platform: z.string(), dataFolder: z.string() }),
  },
  /** Mirror of the settings main needs before the window exists (menu language); written atomically. */
  'settings:write': {
    request: settingsFileSchema,
    response: z.object({ fileName: z.string() }),
  },
  /** Asks the user where to save, then writes the PDF there and nowhere else. */
  'print:save-pdf': {
    request: printJobSchema,
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  /** Sends the document to a printer through the system print dialog. */
  'print:to-printer': {
    request: printJobSchema,
    response: z.object({ printed: z.boolean() }),
  },
  /** Asks the user where to save, then writes the report table there as CSV or XLSX. */
  'export:save-table': {
    request: z.object({ format: z.enum(exportFormats), table: tableExportSchema }).strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() }),
  },
  /**
   * E-mails a purchase order: asks where to save its PDF, writes it, then opens the mail
   * client with a message to `to` naming the saved file (`{file}` in `attachNote`).
   * Main builds the mailto: URL itself from these fields; nothing else is opened.
   */
  'mail:order': {
    request: z
      .object({
        job: printJobSchema,
        to: z.email().max(254),
        subject: z.string().trim().min(1).max(200),
        body: z.string().max(4000),
        attachNote: z.string().max(500).includes('{file}'),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().optional(), mailOpened: z.boolean() }),
  },
  ...backupChannels,
  ...fileChannels,
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** What the renderer passes (before defaults are applied). */
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** What a handler receives after validation. */
export type ValidRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;

/** Events main sends to the window. */
export const events = {
  'menu:command': z.object({ command: z.enum(menuCommands) }),
  ...backupEvents,
} as const satisfies Record<AppEvent, z.ZodType>;

export type EventPayloadOf<E extends AppEvent> = z.output<(typeof events)[E]>;
