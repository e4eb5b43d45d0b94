import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { dueList, equipmentConditions } from '../../../../../shared/equipment';
import { useNavigationStore } from '../../../app/navigationStore';
import { hashOf } from '../../../app/sections';
import { PrintActions } from '../../../print/PrintActions';
import { provideReport } from '../../../print/printStore';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { ConditionBadge, DueBadge } from './badges';
import { registerReportSource } from './equipmentPrint';
import { categoryName, shortDate } from './equipmentText';
import { useEquipmentViewStore, type ConditionFilter } from './equipmentViewStore';
import { EquipmentViews } from './EquipmentViews';
import { categoriesInUse, registerRows } from './registerRows';
import type { EquipmentData } from './useEquipment';

const conditionFilters: ConditionFilter[] = ['inUse', 'all', ...equipmentConditions];

/** The equipment register: search, filters by condition and category, the next service of each item. */
export function EquipmentRegister({ data }: { data: EquipmentData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const { search, condition, category, set } = useEquipmentViewStore();
  const ids = { search: useId(), condition: useId(), category: useId() };
  const today = todayIso();
  const rows = useMemo(() => registerRows(data.equipment, data.locations, { search, condition, category }, today, t), [data, search, condition, category, today, t]);
  const categories = useMemo(() => categoriesInUse(data.equipment), [data.equipment]);
  const dueCount = useMemo(() => dueList(data.equipment, today).length, [data.equipment, today]);
  const source = useMemo(() => registerReportSource(language, { search, condition, category }, categoryName), [language, search, condition, category]);
  useEffect(() => provideReport(source), [source]);
  const filtered = search !== '' || condition !== 'inUse' || category !== '';

  const register = (
    <button type="button" className="button button-primary" onClick={() => go('inventory', ['equipment', 'new'])}>
      {t('inventory.equipment.register')}
    </button>
  );

  return (
    <section aria-labelledby="equipment-heading" className="equipment">
      <h2 id="equipment-heading" className="visually-hidden">
        {t('inventory.equipment.heading')}
      </h2>
      <EquipmentViews current="register" dueCount={dueCount} />
      {data.equipment.length === 0 ? (
        <div className="panel empty-state">
          <p>{t('inventory.equipment.empty')}</p>
          {register}
        </div>
      ) : (
        <>
          <div className="toolbar equipment-toolbar">
            {register}
            <div className="field field-inline">
              <label htmlFor={ids.search}>{t('inventory.equipment.search')}</label>
              <input id={ids.search} type="search" className="input-search" value={search} placeholder={t('inventory.equipment.searchHint')} onChange={(event) => set({ search: event.target.value })} />
            </div>
            <div className="field field-inline">
              <label htmlFor={ids.condition}>{t('inventory.equipment.fields.condition')}</label>
              <select id={ids.condition} value={condition} onChange={(event) => set({ condition: event.target.value as ConditionFilter })}>
                {conditionFilters.map((value) => (
                  <option key={value} value={value}>
                    {t(`inventory.equipment.filter.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-inline">
              <label htmlFor={ids.category}>{t('inventory.equipment.fields.category')}</label>
              <select id={ids.category} value={category} onChange={(event) => set({ category: event.target.value })}>
                <option value="">{t('inventory.equipment.filter.allCategories')}</option>
                {categories.map((value) => (
                  <option key={value} value={value}>
                    {categoryName(value, t)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {rows.length === 0 ? (
            <p className="panel empty-state">
              {t('inventory.equipment.noneMatch')}{' '}
              <button type="button" className="button button-small" onClick={() => set({ search: '', condition: 'inUse', category: '' })}>
                {t('inventory.equipment.clearFilters')}
              </button>
            </p>
          ) : (
            <div className="panel panel-flush">
              <table className="table equipment-table">
                <caption className="visually-hidden">{t('inventory.equipment.tableLabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('inventory.equipment.fields.name')}</th>
                    <th scope="col">{t('inventory.equipment.fields.category')}</th>
                    <th scope="col">{t('inventory.equipment.fields.serialNumber')}</th>
                    <th scope="col">{t('inventory.equipment.columns.place')}</th>
                    <th scope="col">{t('inventory.equipment.fields.responsible')}</th>
                    <th scope="col">{t('inventory.equipment.fields.condition')}</th>
                    <th scope="col">{t('inventory.equipment.columns.nextService')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ equipment, category: categoryText, place, service }) => (
                    <tr key={equipment.id} className={equipment.condition === 'disposed' ? 'is-archived' : undefined}>
                      <th scope="row">
                        <a
                          href={hashOf('inventory', ['equipment', equipment.id])}
                          onClick={(event) => {
                            event.preventDefault();
                            go('inventory', ['equipment', equipment.id]);
                          }}
                        >
                          {equipment.name}
                        </a>
                      </th>
                      <td>{categoryText}</td>
                      <td>{equipment.serialNumber}</td>
                      <td>{place}</td>
                      <td>{equipment.responsible}</td>
                      <td>
                        <ConditionBadge condition={equipment.condition} />
                      </td>
                      <td className="next-service">
                        {service ? (
                          <>
                            <span className="nowrap">{shortDate(service.date, regional)}</span> <DueBadge status={service.status} />
                          </>
                        ) : (
                          <span className="muted">{t('inventory.equipment.noService')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted list-count">
            {filtered ? t('inventory.equipment.countFiltered', { shown: rows.length, total: data.equipment.length }) : t('inventory.equipment.count', { number: rows.length })}
          </p>
          <PrintActions label={t('inventory.equipment.print.registerLabel')} source={source} />
        </>
      )}
    </section>
  );
}
