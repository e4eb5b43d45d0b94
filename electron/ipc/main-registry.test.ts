import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupFileName } from '../../shared/backup/format';
import { channelNames, type PrintJob, type SettingsFile } from '../../shared/ipc/contract';
import { openBackup } from '../services/backup/backup-reader';
import type { Dialogs } from '../services/dialogs';
import type { PdfRenderOptions, PrintEngine } from '../services/printing/engine';
import { createMainRegistry, type MainServices } from './index';

// The handlers as main and the test harness bind them, on a real temp data folder. The
// engine here is a stand-in that records its calls; print-service.test.ts renders for real.

const appUrl = 'file:///app/dist/renderer/index.html';
const trusted = { url: appUrl };

let dataFolder: string;
/** Every registry a test made: refusals are logged to disk after the call returns, so the folder goes once they are written. */
const registries: ReturnType<typeof createMainRegistry>[] = [];
beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'backoffice-ipc-'));
});
afterEach(async () => {
  await Promise.all(registries.splice(0).map((registry) => registry.log.flushed()));
  await rm(dataFolder, { recursive: true, force: true });
});

const pdfBytes = new TextEncoder().encode('%PDF-1.7 stand-in');

function setUp(overrides: Partial<MainServices> & { saveAnswer?: string | null } = {}) {
  const rendered: PdfRenderOptions[] = [];
  const printedHtml: string[] = [];
  const engine: PrintEngine = {
    renderPdf: async (_html, options) => {
      rendered.push(options);
      return pdfBytes;
    },
    printToPrinter: async (html) => {
      printedHtml.push(html);
      return true;
    },
  };
  const dialogs: Dialogs = {
    chooseSavePath: async () => (overrides.saveAnswer === undefined ? join(dataFolder, 'report.pdf') : overrides.saveAnswer),
  };
  const changed: SettingsFile[] = [];
  const registry = createMainRegistry(
    {
      dataFolder,
      appVersion: '1.4.0',
      platform: 'linux',
      printEngine: engine,
      dialogs,
      onSettingsChanged: (settings) => changed.push(settings),
      ...overrides,
    },
    { isTrustedSender: (url) => url === appUrl },
  );
  registries.push(registry);
  return { registry, rendered, printedHtml, changed };
}

const job: PrintJob = {
  title: 'Stock on hand',
  companyName: 'Acme',
  html: '<html><head></head><body><p>Stock</p></body></html>',
  pageSize: 'A4',
  landscape: true,
  marginsMm: { top: 20, right: 10, bottom: 20, left: 10 },
  footer: { pageOfPages: 'Page {page} of {pages}', printedAt: '25.11.2026' },
};

describe('createMainRegistry', () => {
  it('handles every channel of the contract', () => {
    expect([...setUp().registry.channels].sort()).toEqual([...channelNames].sort());
  });

  it('app:info tells the version, platform and data folder', async () => {
    expect(await setUp().registry.dispatch('app:info', {}, trusted)).toEqual({
      ok: true,
      value: { version: '1.4.0', platform: 'linux', dataFolder },
    });
  });

  it('refuses a foreign sender on every channel', async () => {
    const { registry } = setUp();
    for (const channel of channelNames) {
      expect(await registry.dispatch(channel, {}, { url: 'https://evil.example/' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
  });
});

describe('settings:write', () => {
  it('writes settings.json in the data folder, then tells main', async () => {
    const { registry, changed } = setUp();
    const settings = { language: 'ru', companyName: 'ООО «Ромашка»' } as const;
    expect(await registry.dispatch('settings:write', settings, trusted)).toEqual({ ok: true, value: { fileName: 'settings.json' } });
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8'))).toEqual(settings);
    expect(await readdir(dataFolder)).toEqual(['settings.json']);
    expect(changed).toEqual([settings]);
  });

  it('refuses invalid settings without touching the file or the menu', async () => {
    const { registry, changed } = setUp();
    const result = await registry.dispatch('settings:write', { language: 'de', companyName: '' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'language' }] } } });
    // Only the local log, which notes the refusal.
    await registry.log.flushed();
    expect(await readdir(dataFolder)).toEqual(['logs']);
    expect(changed).toEqual([]);
  });

  it('works without a change listener (the test harness has none)', async () => {
    const { registry } = setUp({ onSettingsChanged: undefined });
    expect(await registry.dispatch('settings:write', { language: 'hu', companyName: '' }, trusted)).toMatchObject({ ok: true });
  });
});

describe('print:save-pdf', () => {
  it('renders with header and footer and writes the PDF where the dialog said', async () => {
    const { registry, rendered } = setUp();
    expect(await registry.dispatch('print:save-pdf', job, trusted)).toEqual({ ok: true, value: { saved: true, fileName: 'report.pdf' } });
    expect(new Uint8Array(await readFile(join(dataFolder, 'report.pdf')))).toEqual(pdfBytes);
    expect(rendered[0]).toMatchObject({ pageSize: 'A4', landscape: true, marginsMm: job.marginsMm });
    expect(rendered[0]?.headerTemplate).toContain('Stock on hand');
    expect(rendered[0]?.footerTemplate).toContain('<span class="totalPages"></span>');
  });

  it('answers saved: false when the user cancels', async () => {
    const { registry, rendered } = setUp({ saveAnswer: null });
    expect(await registry.dispatch('print:save-pdf', job, trusted)).toEqual({ ok: true, value: { saved: false } });
    expect(rendered).toEqual([]);
    expect(await readdir(dataFolder)).toEqual([]);
  });

  it('answers IO_ERROR naming the file, not its folder, when it cannot be written; the folder is in the local log', async () => {
    const { registry } = setUp({ saveAnswer: join(dataFolder, 'no-such-folder', 'report.pdf') });
    const result = await registry.dispatch('print:save-pdf', job, trusted);
    expect(result).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'A file could not be read or written.', details: { fileName: 'report.pdf', osError: 'notFound' } },
    });
    expect(JSON.stringify(result)).not.toContain('no-such-folder');
    await registry.log.flushed();
    expect(await readFile(registry.log.path, 'utf8')).toContain(join(dataFolder, 'no-such-folder', 'report.pdf'));
  });
});

describe('print:to-printer', () => {
  it('prints the report with the header and footer as page margin boxes', async () => {
    const { registry, printedHtml } = setUp();
    expect(await registry.dispatch('print:to-printer', job, trusted)).toEqual({ ok: true, value: { printed: true } });
    expect(printedHtml[0]).toMatch(/<style>\n@page \{[\s\S]*@top-right \{ content: "Stock on hand";[\s\S]*<\/style><\/head>/);
    expect(printedHtml[0]).toContain('<p>Stock</p>');
  });
});

describe('backups', () => {
  it('are stamped and named by the clock main is given', async () => {
    const at = new Date(2031, 4, 6, 7, 8, 9);
    const { registry } = setUp({ now: () => at });
    const begun = await registry.dispatch('backup:begin', { purpose: 'regular', schemaVersion: 1, companyName: 'Acme' }, trusted);
    if (!begun.ok) throw new Error(begun.error.message);
    const { sessionId } = begun.value as { sessionId: string };
    const finished = await registry.dispatch('backup:finish', { sessionId, tables: [] }, trusted);
    if (!finished.ok) throw new Error(finished.error.message);
    const { fileName } = finished.value as { fileName: string };
    expect(parseBackupFileName(fileName)?.takenAt).toEqual(at);
    const written = await openBackup(join(dataFolder, 'backups', fileName));
    expect(written.manifest.createdAt).toBe(at.toISOString());
    await written.close();
  });
});
