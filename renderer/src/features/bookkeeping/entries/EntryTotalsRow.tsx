import { useTranslation } from 'react-i18next';
import { formatMoney, isZero, negate } from '../../../../../shared/money';
import type { EntryTotals } from './entryTotals';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type Props = {
  totals: EntryTotals;
  trailingColumns: number;
  /** Some typed amount cannot be read: the totals leave it out, so they say nothing about balance. */
  amountsUnread?: boolean;
};

/**
 * The lines table's footer: debit and credit totals under their columns and the
 * difference between them, updated as the user types (totals come from shared/money).
 * "Balanced" only once there is something to balance and every amount could be read.
 */
export function EntryTotalsRow({ totals, trailingColumns, amountsUnread = false }: Props) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const locale = regional.locale;
  const empty = isZero(totals.debit) && isZero(totals.credit);
  const balanced = isZero(totals.difference);
  const difference = totals.difference.minor < 0 ? negate(totals.difference) : totals.difference;
  return (
    <tfoot className="entry-totals">
      <tr>
        <td />
        <th scope="row">{t('bookkeeping.editor.totals')}</th>
        <td className="amount" data-testid="total-debit">
          {formatMoney(totals.debit, locale)}
        </td>
        <td className="amount" data-testid="total-credit">
          {formatMoney(totals.credit, locale)}
        </td>
        {trailingColumns > 0 ? <td colSpan={trailingColumns} /> : null}
      </tr>
      <tr className="entry-difference-row">
        <td colSpan={2} />
        <td colSpan={2} className="amount" aria-live="polite">
          {amountsUnread ? (
            <span className="entry-difference is-off" data-testid="difference">
              {t('bookkeeping.editor.amountsUnread')}
            </span>
          ) : empty ? null : (
            <span className={balanced ? 'entry-difference is-balanced' : 'entry-difference is-off'} data-testid="difference">
              {balanced ? t('bookkeeping.editor.balanced') : `${t('bookkeeping.editor.difference')}: ${formatMoney(difference, locale)}`}
            </span>
          )}
        </td>
        {trailingColumns > 0 ? <td colSpan={trailingColumns} /> : null}
      </tr>
    </tfoot>
  );
}
