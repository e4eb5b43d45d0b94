import { useTranslation } from 'react-i18next';
import { formatDate, todayIso, type FiscalYearStart, type IsoDate } from '../../../../shared/dates';
import { formatMoney } from '../../../../shared/money';
import { useRegionalFormat } from '../../i18n/regionalFormat';
import { registerHref, reportHref } from '../bookkeeping/reports/drill';
import { useReportData } from '../bookkeeping/reports/useReportData';
import { loadDayFigures, type DayFigures as Figures } from './dayFigures';

/** Bank and cash balances, the bills to pay and this quarter's VAT, each leading to its report. */
export function DayFigures({ fiscalYearStart }: { fiscalYearStart: FiscalYearStart }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const today = todayIso();
  const { data } = useReportData(today, () => loadDayFigures(today, fiscalYearStart));
  const money = (minor: number, currency: string) => formatMoney({ minor, currency }, regional.locale);
  if (!data) return <div className="day-figures" aria-busy="true" />;
  return (
    <div className="day-figures">
      <MoneyCard data={data} money={money} today={today} />
      <section className="panel figure-card" aria-labelledby="home-bills" data-testid="home-bills">
        <h2 id="home-bills">
          <a className="figure-link" href={reportHref('aged-payables')}>
            {t('home.figures.bills.heading')}
          </a>
        </h2>
        {data.bills.length === 0 ? (
          <p className="muted">{t('home.figures.bills.none')}</p>
        ) : (
          data.bills.map((bills) => (
            <dl key={bills.currency} className="figure-lines" data-currency={bills.currency}>
              <dt>{t('home.figures.bills.open', { count: bills.count })}</dt>
              <dd className="figure-amount" data-figure="total">{money(bills.total, bills.currency)}</dd>
              <dt>{t('home.figures.bills.overdue')}</dt>
              <dd className="figure-amount" data-figure="overdue">{money(bills.overdue, bills.currency)}</dd>
            </dl>
          ))
        )}
      </section>
      <section className="panel figure-card" aria-labelledby="home-vat" data-testid="home-vat">
        <h2 id="home-vat">
          <a className="figure-link" href={reportHref('vat-summary', { preset: 'thisQuarter' })}>
            {t('home.figures.vat.heading')}
          </a>
        </h2>
        <p className="muted figure-period">
          {t('home.figures.vat.period', { from: formatDate(data.vatRange.from, regional, 'short'), to: formatDate(data.vatRange.to, regional, 'short') })}
        </p>
        {data.vat.length === 0 ? (
          <p className="muted">{t('home.figures.vat.none')}</p>
        ) : (
          <dl className="figure-lines">
            {data.vat.map((vat) => [
              <dt key={`${vat.currency}-label`}>{t(vat.net < 0 ? 'home.figures.vat.reclaim' : 'home.figures.vat.pay')}</dt>,
              <dd key={vat.currency} className="figure-amount" data-currency={vat.currency}>
                {money(Math.abs(vat.net), vat.currency)}
              </dd>,
            ])}
          </dl>
        )}
      </section>
    </div>
  );
}

type MoneyCardProps = { data: Figures; money: (minor: number, currency: string) => string; today: IsoDate };

function MoneyCard({ data, money, today }: MoneyCardProps) {
  const { t } = useTranslation();
  return (
    <section className="panel figure-card" aria-labelledby="home-money" data-testid="home-money">
      <h2 id="home-money">{t('home.figures.money.heading')}</h2>
      {data.money.length === 0 ? (
        <p className="muted">{t('home.figures.money.none')}</p>
      ) : (
        <dl className="figure-lines">
          {data.money.map((line) => [
            <dt key={`${line.accountId}-${line.currency}-name`}>
              <a className="figure-link" href={registerHref(line.accountId, { from: null, to: today })} title={t('home.figures.money.open', { account: line.path })}>
                {line.code ? `${line.code} ${line.path}` : line.path}
              </a>
            </dt>,
            <dd key={`${line.accountId}-${line.currency}`} className="figure-amount" data-account={line.code ?? line.path} data-currency={line.currency}>
              {money(line.balance, line.currency)}
            </dd>,
          ])}
        </dl>
      )}
    </section>
  );
}
