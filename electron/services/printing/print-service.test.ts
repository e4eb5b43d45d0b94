import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import { IpcFailure } from '../../../shared/ipc/errors';
import type { Dialogs, SaveDialogRequest } from '../dialogs';
import { createChromiumPrintEngine } from './chromium-engine';
import { createPrintService, suggestedPdfFileName } from './print-service';

const run = promisify(execFile);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-print-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The user in front of the save dialog: answers with a path or cancels (null). */
function dialogAnswering(answer: string | null) {
  const asked: SaveDialogRequest[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: async (request) => {
      asked.push(request);
      return answer;
    },
  };
  return { dialogs, asked };
}

const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Row ${i + 1}</td><td>${(i + 1) * 100}.00</td></tr>`).join('');
const job: PrintJob = {
  title: 'Trial balance',
  companyName: 'Acme & Sons',
  // 50 rows of 8 mm: more than one A4 page, less than two.
  html: `<!doctype html><html><head><style>td { height: 8mm; }</style></head><body><table>${rows}</table></body></html>`,
  pageSize: 'A4',
  landscape: false,
  marginsMm: { top: 15, right: 12, bottom: 15, left: 12 },
  footer: { pageOfPages: 'Page {page} of {pages}', printedAt: 'Printed 25.11.2026 14:05' },
};

async function pdfText(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  return stdout.split('\f').slice(0, -1); // one entry per page
}

async function pdfPageSize(path: string): Promise<string> {
  const { stdout } = await run('pdfinfo', [path]);
  return /Page size:\s+(.*)/.exec(stdout)?.[1] ?? '';
}

function service(dialogs: Dialogs, spool?: (pdf: Uint8Array) => Promise<boolean | void>) {
  return createPrintService({ engine: createChromiumPrintEngine(() => browser, spool), dialogs });
}

describe('saveAsPdf', () => {
  it('asks where to save, then writes a PDF with header and footer on every page', async () => {
    const target = join(folder, 'tb.pdf');
    const { dialogs, asked } = dialogAnswering(target);
    expect(await service(dialogs).saveAsPdf(job)).toEqual({ saved: true, fileName: 'tb.pdf' });
    expect(asked).toEqual([{ title: 'Trial balance', defaultFileName: 'Trial balance.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }]);

    const pages = await pdfText(target);
    expect(pages).toHaveLength(2);
    pages.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      expect(lines[0]).toMatch(/^\s*Acme & Sons\s+Trial balance\s*$/);
      expect(lines.at(-1)).toMatch(new RegExp(`^\\s*Printed 25\\.11\\.2026 14:05\\s+Page ${index + 1} of 2\\s*$`));
    });
    expect(pages[0]).toContain('Row 1 ');
    expect(pages[1]).toContain('Row 50');
    expect(await pdfPageSize(target)).toMatch(/\(A4\)$/);
  }, 30_000);

  it('follows the page size and orientation of the job', async () => {
    const target = join(folder, 'wide.pdf');
    await service(dialogAnswering(target).dialogs).saveAsPdf({ ...job, pageSize: 'Letter', landscape: true });
    expect(await pdfPageSize(target)).toMatch(/^792 x 612 pts \(letter\)/);
  }, 30_000);

  it('keeps the header visible when the job asks for no margins', async () => {
    const target = join(folder, 'tight.pdf');
    await service(dialogAnswering(target).dialogs).saveAsPdf({ ...job, marginsMm: { top: 0, right: 0, bottom: 0, left: 0 } });
    const [first = ''] = await pdfText(target);
    expect(first).toMatch(/Acme & Sons\s+Trial balance/);
    expect(first).toMatch(/Page 1 of \d/);
  }, 30_000);

  it('writes nothing when the user cancels', async () => {
    expect(await service(dialogAnswering(null).dialogs).saveAsPdf(job)).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('adds .pdf when the chosen name lacks it', async () => {
    const result = await service(dialogAnswering(join(folder, 'balance')).dialogs).saveAsPdf(job);
    expect(result).toEqual({ saved: true, fileName: 'balance.pdf' });
    expect(await readdir(folder)).toEqual(['balance.pdf']);
  }, 30_000);

  it('writes a hostile title only at the dialog’s path, and prints it as text', async () => {
    const hostile = { ...job, title: '../../etc/passwd <b>x</b>' };
    const target = join(folder, 'chosen.pdf');
    const { dialogs, asked } = dialogAnswering(target);
    expect(await service(dialogs).saveAsPdf(hostile)).toEqual({ saved: true, fileName: 'chosen.pdf' });
    expect(asked[0]?.defaultFileName).toBe('etc-passwd -b-x-b-.pdf');
    expect(await readdir(folder)).toEqual(['chosen.pdf']);
    const [first = ''] = await pdfText(target);
    expect(first).toContain('../../etc/passwd <b>x</b>');
  }, 30_000);

  it('replaces an existing file at the chosen path', async () => {
    const target = join(folder, 'tb.pdf');
    await writeFile(target, 'old');
    await service(dialogAnswering(target).dialogs).saveAsPdf(job);
    expect((await pdfText(target)).length).toBe(2);
    expect(await readdir(folder)).toEqual(['tb.pdf']);
  }, 30_000);

  it('reports a folder that cannot be written as IO_ERROR naming the file', async () => {
    const target = join(folder, 'gone', 'tb.pdf');
    const failure = await service(dialogAnswering(target).dialogs).saveAsPdf(job).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IpcFailure);
    expect(failure).toMatchObject({ code: 'IO_ERROR', details: { fileName: 'tb.pdf', osError: 'notFound' } });
    expect((failure as IpcFailure).message).toContain(target);
    expect(await readdir(folder)).toEqual([]);
  }, 30_000);

  it('refuses a relative path from a broken dialog', async () => {
    await expect(service(dialogAnswering('tb.pdf').dialogs).saveAsPdf(job)).rejects.toThrow(/relative path/);
  });
});

describe('print', () => {
  it('sends the report with the same header and footer to the printer', async () => {
    const spooled: Uint8Array[] = [];
    const result = await service(dialogAnswering(null).dialogs, async (pdf) => {
      spooled.push(pdf);
    }).print(job);
    expect(result).toEqual({ printed: true });
    expect(spooled).toHaveLength(1);
    const path = join(folder, 'printed.pdf');
    await writeFile(path, spooled[0]!);
    const pages = await pdfText(path);
    expect(pages).toHaveLength(2);
    pages.forEach((page, index) => {
      expect(page.match(/Acme & Sons/g)).toHaveLength(1);
      expect(page).toMatch(/Trial balance/);
      expect(page).toMatch(new RegExp(`Printed 25\\.11\\.2026 14:05\\s+Page ${index + 1} of 2`));
    });
  }, 30_000);

  it('reports a cancelled print dialog as not printed', async () => {
    expect(await service(dialogAnswering(null).dialogs, async () => false).print(job)).toEqual({ printed: false });
  }, 30_000);

  it('fails clearly when there is no printer at all', async () => {
    await expect(service(dialogAnswering(null).dialogs).print(job)).rejects.toThrow(/No printer/);
  }, 30_000);
});

describe('suggestedPdfFileName', () => {
  it.each([
    ['Trial balance', 'Trial balance.pdf'],
    ['Оборотно-сальдовая ведомость', 'Оборотно-сальдовая ведомость.pdf'],
    ['Sales 2026/11', 'Sales 2026-11.pdf'],
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['..\\..\\Windows\\System32', 'Windows-System32.pdf'],
    ['a:b*c?d"e<f>g|h', 'a-b-c-d-e-f-g-h.pdf'],
    ['tab\there\nnewline', 'tab here newline.pdf'],
    ['.hidden', 'hidden.pdf'],
    ['ends with dots...  ', 'ends with dots.pdf'],
    ['CON', '_CON.pdf'],
    ['nul', '_nul.pdf'],
    ['com1.report', '_com1.report.pdf'],
    ['LPT9', '_LPT9.pdf'],
    ['CONSOLE', 'CONSOLE.pdf'],
    ['///', 'report.pdf'],
    ['   ', 'report.pdf'],
  ])('%j → %j', (title, expected) => {
    expect(suggestedPdfFileName(title)).toBe(expected);
  });

  it('keeps long titles to 100 characters before .pdf, without splitting a character', () => {
    expect(suggestedPdfFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.pdf`);
    const emoji = suggestedPdfFileName('📊'.repeat(150));
    expect(Array.from(emoji.replace(/\.pdf$/, ''))).toHaveLength(100);
    expect(emoji).not.toMatch(/\uFFFD/);
  });
});
