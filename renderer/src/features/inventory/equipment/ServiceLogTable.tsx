import { useTranslation } from 'react-i18next';
import type { ServiceRecord } from '../../../../../shared/equipment';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { moneyText, shortDate } from './equipmentText';

/** An item's services, latest first, each with its bill's entry as a link. */
export function ServiceLogTable({ log, currency }: { log: readonly ServiceRecord[]; currency: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  return (
    <table className="table service-log" aria-labelledby="service-log-heading">
      <thead>
        <tr>
          <th scope="col">{t('inventory.equipment.service.date')}</th>
          <th scope="col">{t('inventory.equipment.service.work')}</th>
          <th scope="col">{t('inventory.equipment.service.by')}</th>
          <th scope="col" className="amount">
            {t('inventory.equipment.service.cost')}
          </th>
          <th scope="col">{t('inventory.equipment.service.entry')}</th>
          <th scope="col">{t('inventory.equipment.service.conditionAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {log.map((record) => (
          <tr key={record.id}>
            <td className="nowrap">{shortDate(record.date, regional)}</td>
            <td className="multiline">{record.work}</td>
            <td>{record.by}</td>
            <td className="amount nowrap">{moneyText(record.cost, currency, regional)}</td>
            <td>
              {record.entryId ? (
                <a
                  href={hashOf('bookkeeping', ['entries', record.entryId])}
                  onClick={(event) => {
                    event.preventDefault();
                    go('bookkeeping', ['entries', record.entryId!]);
                  }}
                >
                  {t('inventory.equipment.service.entryLink', { number: record.entryNumber || '—' })}
                </a>
              ) : null}
            </td>
            <td>{record.conditionAfter ? t(`inventory.equipment.conditions.${record.conditionAfter}`) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
