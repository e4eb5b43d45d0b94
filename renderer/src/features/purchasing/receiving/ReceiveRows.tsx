import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../../../shared/catalog/quantities';
import { stillToReceive } from '../../../../../shared/purchasing/orderStates';
import type { OrderLine } from '../../../../../shared/purchasing/types';
import type { LocationNode } from '../../../../../shared/stock/locationTree';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { unitLabel } from '../../inventory/catalog/catalogText';
import type { ReadRows, ReceiveRow } from './receiveForm';

type ReceiveRowsProps = {
  lines: OrderLine[];
  typed: Record<string, ReceiveRow>;
  read: ReadRows;
  places: LocationNode[];
  /** Saving was tried: a missing place is pointed at too. */
  checked: boolean;
  setRow(lineId: string, change: Partial<ReceiveRow>): void;
};

/** The open lines of the receive screen: ordered, received, still to receive, and what arrives now, where, and what happens to a shortfall. */
export const ReceiveRows = memo(function ReceiveRows({ lines, typed, read, places, checked, setRow }: ReceiveRowsProps) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const quantity = (value: number, line: OrderLine) => `${formatQuantity(value, line.unit, regional.locale)} ${unitLabel(line.unit.code, t)}`;
  const errorOf = (lineId: string) => {
    const error = read.errors[lineId];
    if (!error || (!checked && error === 'location')) return undefined;
    return error === 'location' ? t('purchasing.receiving.locationMissing') : t(`purchasing.receiving.quantityErrors.${error}`);
  };
  return (
    <table className="table receive-table">
      <thead>
        <tr>
          <th>{t('purchasing.receiving.line')}</th>
          <th className="amount">{t('purchasing.receiving.ordered')}</th>
          <th className="amount">{t('purchasing.receiving.received')}</th>
          <th className="amount">{t('purchasing.receiving.stillToReceive')}</th>
          <th>{t('purchasing.receiving.now')}</th>
          <th>{t('purchasing.receiving.location')}</th>
          <th>{t('purchasing.receiving.shortfall')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const row = typed[line.id] ?? { quantity: '', locationId: '', closeShort: false };
          const now = read.quantities[line.id];
          const over = read.over.find((candidate) => candidate.orderLineId === line.id);
          const short = now !== undefined && now < stillToReceive(line);
          const error = errorOf(line.id);
          return (
            <tr key={line.id} className={over ? (over.beyondTolerance ? 'receive-over receive-over-beyond' : 'receive-over') : undefined} data-line={line.description}>
              <th scope="row">
                {line.description}
                {over ? <div className="receive-over-note">{t(over.beyondTolerance ? 'purchasing.receiving.overBeyond' : 'purchasing.receiving.overWithin', { extra: quantity(over.received - over.ordered, line) })}</div> : null}
              </th>
              <td className="amount">{quantity(line.quantity, line)}</td>
              <td className="amount">{quantity(line.received, line)}</td>
              <td className="amount">{quantity(stillToReceive(line), line)}</td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  className="receive-quantity"
                  aria-label={t('purchasing.receiving.quantityOf', { line: line.description })}
                  aria-invalid={Boolean(error)}
                  value={row.quantity}
                  onChange={(event) => setRow(line.id, { quantity: event.target.value })}
                />
                {error ? <p className="field-error">{error}</p> : null}
              </td>
              <td>
                {line.itemId === null ? (
                  <span className="muted">{t('purchasing.receiving.noStock')}</span>
                ) : (
                  <select aria-label={t('purchasing.receiving.locationOf', { line: line.description })} value={row.locationId} onChange={(event) => setRow(line.id, { locationId: event.target.value })}>
                    <option value="">{t('purchasing.receiving.chooseLocation')}</option>
                    {places.map((node) => (
                      <option key={node.location.id} value={node.location.id}>
                        {`${node.location.code} · ${node.path}`}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {short ? (
                  <select aria-label={t('purchasing.receiving.shortfallOf', { line: line.description })} value={row.closeShort ? 'close' : 'open'} onChange={(event) => setRow(line.id, { closeShort: event.target.value === 'close' })}>
                    <option value="open">{t('purchasing.receiving.keepOpen')}</option>
                    <option value="close">{t('purchasing.receiving.closeShort')}</option>
                  </select>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
