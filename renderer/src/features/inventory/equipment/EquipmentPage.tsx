import { useTranslation } from 'react-i18next';
import { DueList } from './DueList';
import { EquipmentDetail } from './EquipmentDetail';
import { NewEquipment } from './NewEquipment';
import { EquipmentRegister } from './EquipmentRegister';
import { useEquipmentData } from './useEquipment';
import './equipment.css';

/**
 * Equipment: the register (['equipment']), what is due for service (['equipment', 'due']),
 * a new item (['equipment', 'new']) and one item with its service log (['equipment', id]).
 */
export function EquipmentPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const data = useEquipmentData();
  const page = path[1];
  if (!data) return <p className="muted">{t('inventory.equipment.loading')}</p>;
  if (page === 'due') return <DueList data={data} />;
  if (page === 'new') return <NewEquipment data={data} />;
  if (page) return <EquipmentDetail key={page} equipmentId={page} data={data} />;
  return <EquipmentRegister data={data} />;
}
