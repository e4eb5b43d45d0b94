import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../shared/dates';
import { conditionSince, daysOutOfService, serviceDueOf, warrantyOf, type Equipment } from '../../../../../shared/equipment';
import { notify } from '../../../components/notices';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import { ConditionBadge, DueBadge, WarrantyBadge } from './badges';
import { EquipmentForm } from './EquipmentForm';
import { categoryName, moneyText, placeText, shortDate } from './equipmentText';
import { BackToRegister } from './EquipmentViews';
import { ServiceForm } from './ServiceForm';
import { ServiceLogTable } from './ServiceLogTable';
import { equipmentRepository, type EquipmentData } from './useEquipment';

/** One item: its facts (with the next service and days out of service), change form, service log and "Log service". */
export function EquipmentDetail({ equipmentId, data }: { equipmentId: string; data: EquipmentData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const equipment = data.equipment.find((item) => item.id === equipmentId);
  const log = useLiveQuery(() => equipmentRepository.serviceLogOf(equipmentId), [equipmentId]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [equipmentId]);

  if (!equipment) {
    return (
      <section className="equipment">
        <BackToRegister />
        <p className="panel status-error" role="alert">
          {t('inventory.equipment.notFound')}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="equipment-detail-heading" className="equipment equipment-detail">
      <BackToRegister />
      <div className="equipment-title">
        <h2 id="equipment-detail-heading" ref={heading} tabIndex={-1}>
          {equipment.name}
        </h2>
        <ConditionBadge condition={equipment.condition} />
      </div>
      {editing ? (
        <div className="panel">
          <h3>{t('inventory.equipment.form.editTitle')}</h3>
          <EquipmentForm
            existing={equipment}
            data={data}
            onSaved={(saved) => {
              notify({ text: t('inventory.equipment.saved', { name: saved.name }) });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <div className="panel">
          <EquipmentFacts equipment={equipment} data={data} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('inventory.equipment.change')}
            </button>
          </div>
        </div>
      )}
      <div className="panel">
        <h3 id="service-log-heading">{t('inventory.equipment.service.logTitle')}</h3>
        {log === undefined ? null : log.length === 0 ? <p className="muted">{t('inventory.equipment.service.none')}</p> : <ServiceLogTable log={log} currency={data.currency} />}
      </div>
      {equipment.condition === 'disposed' ? (
        <p className="muted">{t('inventory.equipment.service.disposed')}</p>
      ) : (
        <div className="panel">
          <h3>{t('inventory.equipment.service.logService')}</h3>
          <ServiceForm key={equipment.id} equipment={equipment} currency={data.currency} />
        </div>
      )}
    </section>
  );
}

function EquipmentFacts({ equipment, data }: { equipment: Equipment; data: EquipmentData }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const today = todayIso();
  const service = serviceDueOf(equipment, today);
  const warranty = warrantyOf(equipment, today);
  const history = equipment.conditionHistory ?? [];
  const since = conditionSince(history);
  const place = placeText(equipment.locationId, equipment.where, data.locations);
  const fact = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value === '' || value === null ? <span className="muted">—</span> : value}</dd>
    </>
  );
  return (
    <dl className="facts equipment-facts" data-testid="equipment-facts">
      {fact(t('inventory.equipment.fields.category'), categoryName(equipment.category, t))}
      {fact(t('inventory.equipment.fields.serialNumber'), equipment.serialNumber)}
      {fact(t('inventory.equipment.columns.place'), place)}
      {fact(t('inventory.equipment.fields.responsible'), equipment.responsible)}
      {fact(t('inventory.equipment.fields.purchaseDate'), shortDate(equipment.purchaseDate, regional))}
      {fact(t('inventory.equipment.fields.purchaseCost'), moneyText(equipment.purchaseCost, data.currency, regional))}
      {fact(
        t('inventory.equipment.fields.warrantyEnd'),
        warranty ? (
          <>
            {shortDate(warranty.date, regional)} <WarrantyBadge status={warranty.status} />
          </>
        ) : (
          ''
        ),
      )}
      {fact(
        t('inventory.equipment.fields.serviceIntervalMonths'),
        equipment.serviceIntervalMonths === null ? '' : String(equipment.serviceIntervalMonths),
      )}
      {fact(t('inventory.equipment.columns.lastService'), shortDate(equipment.lastServiceDate, regional))}
      {fact(
        t('inventory.equipment.columns.nextService'),
        service ? (
          <>
            {shortDate(service.date, regional)} <DueBadge status={service.status} />
          </>
        ) : (
          t('inventory.equipment.noService')
        ),
      )}
      {fact(t('inventory.equipment.conditionSince'), since ? shortDate(since, regional) : '')}
      {fact(t('inventory.equipment.daysOutOfService'), String(daysOutOfService(history, today)))}
      {fact(t('inventory.equipment.fields.notes'), equipment.notes ? <span className="multiline">{equipment.notes}</span> : '')}
      {history.length > 1
        ? fact(
            t('inventory.equipment.conditionHistory'),
            <ol className="condition-history">
              {history.map((change, index) => (
                <li key={`${change.date}-${index}`}>
                  <span className="nowrap">{shortDate(change.date, regional)}</span> {t(`inventory.equipment.conditions.${change.condition}`)}
                </li>
              ))}
            </ol>,
          )
        : null}
    </dl>
  );
}
