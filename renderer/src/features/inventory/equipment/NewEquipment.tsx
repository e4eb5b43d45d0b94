import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { notify } from '../../../components/notices';
import { EquipmentForm } from './EquipmentForm';
import { BackToRegister } from './EquipmentViews';
import type { EquipmentData } from './useEquipment';

/** Registering an item: the form, then its own page (where its services are logged). */
export function NewEquipment({ data }: { data: EquipmentData }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  return (
    <section aria-labelledby="new-equipment-heading" className="equipment">
      <BackToRegister />
      <div className="panel">
        <h2 id="new-equipment-heading">{t('inventory.equipment.form.newTitle')}</h2>
        <EquipmentForm
          data={data}
          onSaved={(saved) => {
            notify({ text: t('inventory.equipment.saved', { name: saved.name }) });
            go('inventory', ['equipment', saved.id]);
          }}
          onCancel={() => go('inventory', ['equipment'])}
        />
      </div>
    </section>
  );
}
