import { useTranslation } from 'react-i18next';
import type { EquipmentCondition, ServiceDue, WarrantyStatus } from '../../../../../shared/equipment';

export function ConditionBadge({ condition }: { condition: EquipmentCondition }) {
  const { t } = useTranslation();
  return <span className={`badge condition-${condition}`}>{t(`inventory.equipment.conditions.${condition}`)}</span>;
}

/** "Overdue" or "Due soon" beside a service date; nothing when it is further off. */
export function DueBadge({ status }: { status: ServiceDue['status'] }) {
  const { t } = useTranslation();
  if (status === 'later') return null;
  return <span className={`badge due-${status}`}>{t(`inventory.equipment.due.${status}`)}</span>;
}

export function WarrantyBadge({ status }: { status: WarrantyStatus }) {
  const { t } = useTranslation();
  if (status === 'running') return null;
  return <span className={`badge warranty-${status}`}>{t(`inventory.equipment.warranty.${status}`)}</span>;
}
