import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { dueList, dueSoonDays } from '../../../../../shared/equipment';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import { PrintActions } from '../../../print/PrintActions';
import { provideReport } from '../../../print/printStore';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { DueBadge } from './badges';
import { dueReportSource } from './equipmentPrint';
import { dueInText, placeText, shortDate } from './equipmentText';
import { EquipmentViews } from './EquipmentViews';
import type { EquipmentData } from './useEquipment';

/** Due for service: services overdue or due within 30 days, and warranties ending in that time. */
export function DueList({ data }: { data: EquipmentData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const today = todayIso();
  const lines = useMemo(() => dueList(data.equipment, today), [data.equipment, today]);
  const source = useMemo(() => dueReportSource(language), [language]);
  useEffect(() => provideReport(source), [source]);

  return (
    <section aria-labelledby="equipment-due-heading" className="equipment">
      <h2 id="equipment-due-heading" className="visually-hidden">
        {t('inventory.equipment.print.dueTitle')}
      </h2>
      <EquipmentViews current="due" dueCount={lines.length} />
      <p className="muted">{t('inventory.equipment.due.hint', { days: dueSoonDays, date: shortDate(today, regional) })}</p>
      {lines.length === 0 ? (
        <p className="panel empty-state">{t('inventory.equipment.due.none')}</p>
      ) : (
        <div className="panel panel-flush">
          <table className="table equipment-table">
            <caption className="visually-hidden">{t('inventory.equipment.print.dueTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inventory.equipment.columns.dueDate')}</th>
                <th scope="col">{t('inventory.equipment.fields.name')}</th>
                <th scope="col">{t('inventory.equipment.columns.what')}</th>
                <th scope="col">{t('inventory.equipment.columns.status')}</th>
                <th scope="col">{t('inventory.equipment.fields.responsible')}</th>
                <th scope="col">{t('inventory.equipment.columns.place')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={`${line.equipment.id}-${line.reason}`} className={`due-line due-line-${line.status}`}>
                  <td className="nowrap">{shortDate(line.date, regional)}</td>
                  <th scope="row">
                    <a
                      href={hashOf('inventory', ['equipment', line.equipment.id])}
                      onClick={(event) => {
                        event.preventDefault();
                        go('inventory', ['equipment', line.equipment.id]);
                      }}
                    >
                      {line.equipment.name}
                    </a>
                  </th>
                  <td>{t(`inventory.equipment.due.reasons.${line.reason}`)}</td>
                  <td>
                    <DueBadge status={line.status} /> <span className="nowrap">{dueInText(line.days, t)}</span>
                  </td>
                  <td>{line.equipment.responsible}</td>
                  <td>{placeText(line.equipment.locationId, line.equipment.where, data.locations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PrintActions label={t('inventory.equipment.print.dueLabel')} source={source} />
    </section>
  );
}
