import { useTranslation } from 'react-i18next';
import { reportHref } from './drill';
import { carriedParams, reportKindKey, reportKinds, type ReportKind, type ReportParams } from './reportPlace';

/** The reports as links; switching keeps the period and comparison chosen. */
export function ReportNav({ current, params }: { current: ReportKind | null; params: ReportParams }) {
  const { t } = useTranslation();
  const carried = carriedParams(params);
  return (
    <nav className="report-nav" aria-label={t('reports.navLabel')}>
      <a href={reportHref(null)} aria-current={current === null ? 'page' : undefined}>
        {t('reports.overview')}
      </a>
      {reportKinds.map((kind) => (
        <a key={kind} href={reportHref(kind, carried)} aria-current={kind === current ? 'page' : undefined}>
          {t(`reports.kinds.${reportKindKey[kind]}.title`)}
        </a>
      ))}
    </nav>
  );
}

/** The list of reports, each with a line on what it answers. */
export function ReportsOverview({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="reports-overview-heading">
      <h2 id="reports-overview-heading">{t('reports.overviewHeading')}</h2>
      <ul className="report-list">
        {reportKinds.map((kind) => (
          <li key={kind}>
            <a href={reportHref(kind, carriedParams(params))}>{t(`reports.kinds.${reportKindKey[kind]}.title`)}</a>
            <p className="muted">{t(`reports.kinds.${reportKindKey[kind]}.about`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
