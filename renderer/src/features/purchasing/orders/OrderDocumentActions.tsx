import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../../shared/i18n/languages';
import { describeIpcError } from '../../../ipc/client';
import { useLanguage } from '../../../i18n/useLanguage';
import { PrintActions } from '../../../print/PrintActions';
import type { ReportSource } from '../../../print/printStore';
import { emailOrder, type MailOutcome } from './orderMail';
import { orderReport } from './orderPrint';

type MailStatus = MailOutcome | { kind: 'working' } | { kind: 'failed'; error: unknown } | null;

/** Print, PDF and e-mail of the stored order, in the language chosen here (the interface's by default). */
export function OrderDocumentActions({ orderId, number, disabledReason }: { orderId: string; number: string; disabledReason: string | null }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [mail, setMail] = useState<MailStatus>(null);
  const id = useId();
  const source = useMemo<ReportSource>(() => ({ build: () => orderReport(orderId, language) }), [orderId, language]);
  const send = async () => {
    setMail({ kind: 'working' });
    try {
      setMail(await emailOrder(orderId, language));
    } catch (error) {
      setMail({ kind: 'failed', error });
    }
  };
  const mailText = (): string => {
    switch (mail?.kind) {
      case 'working':
        return t('print.preparing');
      case 'noAddress':
        return t('purchasing.orders.mail.noAddress');
      case 'opened':
        return t('purchasing.orders.mail.opened', { fileName: mail.fileName ?? '' });
      case 'failed':
        return describeIpcError(mail.error, t);
      default:
        return '';
    }
  };
  return (
    <section className="panel order-document" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('purchasing.orders.documentHeading')}</h3>
      {disabledReason ? <p className="muted">{disabledReason}</p> : null}
      <div className="field field-inline">
        <label htmlFor={`${id}-language`}>{t('purchasing.orders.printLanguage')}</label>
        <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <PrintActions label={t('purchasing.orders.printLabel', { number })} source={source} />
      <div className="button-row">
        <button type="button" className="button" disabled={mail?.kind === 'working' || disabledReason !== null} onClick={() => void send()}>
          {t('purchasing.orders.mail.send')}
        </button>
      </div>
      <p className={mail?.kind === 'failed' || mail?.kind === 'noAddress' ? 'status status-error' : 'status'} role="status" aria-live="polite" data-testid="mail-status">
        {mailText()}
      </p>
    </section>
  );
}
