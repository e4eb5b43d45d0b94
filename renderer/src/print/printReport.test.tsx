import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackofficeBridge } from '../../../shared/ipc/api';
import { startI18n } from '../i18n';
import { buildPrintJob, printReport } from './printReport';
import { runPrint, usePrintStore } from './printStore';
import type { Report } from './report';

const report: Report = {
  title: 'Сведения о компании',
  companyName: 'ООО «Ромашка»',
  language: 'ru',
  period: 'Финансовый год: 2026',
  body: <p>Тело отчёта</p>,
};

function stubInvoke(answer: (channel: string, job: unknown) => unknown): ReturnType<typeof vi.fn> {
  const invoke = vi.fn(async (channel: string, job: unknown) => answer(channel, job));
  vi.stubGlobal('window', { backoffice: { invoke, on: () => () => {} } as unknown as BackofficeBridge });
  return invoke;
}

beforeAll(() => startI18n('en'));
afterEach(() => {
  vi.unstubAllGlobals();
  usePrintStore.setState({ source: null, status: { kind: 'idle' } });
});

describe('buildPrintJob', () => {
  it("writes the footer in the report's language, whatever the screen shows", async () => {
    const job = await buildPrintJob(report, new Date(Date.UTC(2026, 10, 25, 12, 0)));
    expect(job).toMatchObject({ title: report.title, companyName: report.companyName, pageSize: 'A4', landscape: false });
    expect(job.footer.pageOfPages).toBe('Страница {page} из {pages}');
    expect(job.footer.printedAt).toMatch(/^Напечатано 25/);
    expect(job.html).toContain('<html lang="ru">');
    expect(job.html).toContain('Тело отчёта');
  });

  it('prints a wide report across the page', async () => {
    expect((await buildPrintJob({ ...report, landscape: true })).landscape).toBe(true);
  });
});

describe('printReport', () => {
  it('saves a PDF through print:save-pdf and reports the file name', async () => {
    const invoke = stubInvoke(() => ({ ok: true, value: { saved: true, fileName: 'Сведения о компании.pdf' } }));
    await expect(printReport(report, 'pdf')).resolves.toEqual({ kind: 'saved', fileName: 'Сведения о компании.pdf' });
    expect(invoke).toHaveBeenCalledWith('print:save-pdf', expect.objectContaining({ title: report.title }));
  });

  it('treats a closed save dialog or print dialog as cancelled', async () => {
    stubInvoke((channel) => ({ ok: true, value: channel === 'print:save-pdf' ? { saved: false } : { printed: false } }));
    await expect(printReport(report, 'pdf')).resolves.toEqual({ kind: 'cancelled' });
    await expect(printReport(report, 'printer')).resolves.toEqual({ kind: 'cancelled' });
  });
});

describe('runPrint', () => {
  const source = { build: async () => report };

  it('keeps a failure for the status line, and stays silent on CANCELLED', async () => {
    stubInvoke(() => ({ ok: false, error: { code: 'IO_ERROR', message: 'EACCES' } }));
    await runPrint(source, 'pdf');
    expect(usePrintStore.getState().status).toMatchObject({ kind: 'failed', error: { code: 'IO_ERROR' } });

    stubInvoke(() => ({ ok: false, error: { code: 'CANCELLED', message: 'closed' } }));
    await runPrint(source, 'pdf');
    expect(usePrintStore.getState().status).toEqual({ kind: 'idle' });
  });

  it('ignores a second request while one is printing', async () => {
    let release: () => void = () => {};
    const invoke = stubInvoke(() => new Promise((resolve) => (release = () => resolve({ ok: true, value: { printed: true } }))));
    const first = runPrint(source, 'printer');
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledTimes(1));
    await runPrint(source, 'printer');
    release();
    await first;
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(usePrintStore.getState().status).toEqual({ kind: 'printed' });
  });
});
