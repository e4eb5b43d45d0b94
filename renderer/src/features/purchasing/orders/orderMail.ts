import type { Language } from '../../../../../shared/i18n/languages';
import { i18n } from '../../../i18n';
import { invoke } from '../../../ipc/client';
import { buildPrintJob } from '../../../print/printReport';
import { orderMailAddress, orderReport } from './orderPrint';

export type MailOutcome = { kind: 'noAddress' } | { kind: 'cancelled' } | { kind: 'opened'; fileName: string | undefined };

/**
 * E-mails the stored order to its supplier in `language`: main saves the PDF where the
 * user chooses and opens the mail client with a message naming the file to attach.
 */
export async function emailOrder(orderId: string, language: Language): Promise<MailOutcome> {
  const to = await orderMailAddress(orderId);
  if (!to) return { kind: 'noAddress' };
  const report = await orderReport(orderId, language);
  const job = await buildPrintJob(report);
  const t = i18n.getFixedT(language);
  const answer = await invoke('mail:order', {
    job,
    to,
    subject: report.title,
    body: t('purchasing.orders.mail.body', { title: report.title, company: report.companyName }),
    attachNote: t('purchasing.orders.mail.attachNote', { file: '{file}' }),
  });
  return answer.mailOpened ? { kind: 'opened', fileName: answer.fileName } : { kind: 'cancelled' };
}
