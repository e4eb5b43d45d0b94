import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import type { Dialogs } from '../../services/dialogs';
import { orderMailtoUrl } from '../../services/mail/order-mail';
import type { PrintEngine } from '../../services/printing/engine';
import { createMainRegistry } from '../index';

// The mail channel as main binds it, on a real temp folder. The PDF engine and the OS's
// mail client are stand-ins that record what they were given (print-service.test.ts renders
// for real; no mail client exists on a test machine).

const appUrl = 'file:///app/dist/renderer/index.html';
const trusted = { url: appUrl };
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-mail-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const job: PrintJob = {
  title: 'Purchase order PO-2026-0001', companyName: 'Acme', html: '<html><body><p>Order</p></body></html>', pageSize: 'A4', landscape: false,
  marginsMm: { top: 16, right: 14, bottom: 18, left: 14 }, footer: { pageOfPages: 'Page {page} of {pages}', printedAt: '' },
};
const request = { job, to: 'orders@office-depot.example', subject: 'Purchase order PO-2026-0001', body: 'Dear supplier,\nplease deliver.', attachNote: 'The order is attached: {file}' };

function setUp(saveAnswer: string | null = join(folder, 'PO-2026-0001.pdf')) {
  const opened: string[] = [];
  const engine: PrintEngine = { renderPdf: async () => new TextEncoder().encode('%PDF-1.7 order'), printToPrinter: async () => true };
  const dialogs: Dialogs = { chooseSavePath: async () => saveAnswer };
  const registry = createMainRegistry(
    { dataFolder: folder, appVersion: '1', platform: 'linux', printEngine: engine, dialogs, openExternal: async (url) => void opened.push(url) },
    { isTrustedSender: (url) => url === appUrl },
  );
  return { registry, opened };
}

describe('mail:order', () => {
  it('saves the PDF where the user chose, then opens a mail to the supplier naming the file', async () => {
    const { registry, opened } = setUp();
    expect(await registry.dispatch('mail:order', request, trusted)).toEqual({ ok: true, value: { saved: true, fileName: 'PO-2026-0001.pdf', mailOpened: true } });
    expect(await readFile(join(folder, 'PO-2026-0001.pdf'), 'utf8')).toBe('%PDF-1.7 order');
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('orders@office-depot.example');
    expect(url.searchParams.get('subject')).toBe('Purchase order PO-2026-0001');
    expect(url.searchParams.get('body')).toBe(`Dear supplier,\nplease deliver.\n\nThe order is attached: ${join(folder, 'PO-2026-0001.pdf')}`);
  });

  it('opens nothing when the user cancels the save dialog', async () => {
    const { registry, opened } = setUp(null);
    expect(await registry.dispatch('mail:order', request, trusted)).toEqual({ ok: true, value: { saved: false, mailOpened: false } });
    expect(opened).toEqual([]);
    expect(await readdir(folder)).not.toContain('PO-2026-0001.pdf');
  });

  it('refuses an address that would add recipients or headers, and writes and opens nothing', async () => {
    const { registry, opened } = setUp();
    for (const to of ['orders@office-depot.example?cc=boss@x.example', 'a@b.example,c@d.example', 'javascript:alert(1)', 'not an address']) {
      const answer = await registry.dispatch('mail:order', { ...request, to }, trusted);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(opened).toEqual([]);
    expect(await readdir(folder)).not.toContain('PO-2026-0001.pdf');
  });

  it('refuses a request from a page that is not the app', async () => {
    const { registry, opened } = setUp();
    expect(await registry.dispatch('mail:order', request, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
  });

  it('builds only mailto: URLs with the subject and body encoded', () => {
    expect(orderMailtoUrl({ to: 'a@b.example', subject: 'PO & co', body: 'x=1&cc=y' })).toBe('mailto:a@b.example?subject=PO%20%26%20co&body=x%3D1%26cc%3Dy');
    expect(() => orderMailtoUrl({ to: 'a@b.example?bcc=c@d.example', subject: 's', body: '' })).toThrow(/plain e-mail address/);
  });
});
