import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenTree, locationTree } from '../../../../../shared/stock/locationTree';
import type { StockLocation } from '../../../../../shared/stock/types';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { RowMenu } from '../../../components/RowMenu';
import { appDb } from '../../../db/appDb';
import type { LocationInput } from '../../../db/repositories/locations';
import { LocationForm } from './LocationForm';
import { locationRepository } from './locationRepository';
import { describeLocationError } from './locationText';
import '../stock/stock.css';

type Editing = { kind: 'add'; parent?: StockLocation } | { kind: 'edit'; location: StockLocation } | null;

/** How many items are on hand at each location (not counting the places inside it). */
async function itemsHeldByLocation(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const level of await appDb.stockLevels.toArray()) {
    for (const [locationId, held] of Object.entries(level.byLocation)) if (held.quantity !== 0) counts.set(locationId, (counts.get(locationId) ?? 0) + 1);
  }
  return counts;
}

/** Inventory › Locations: warehouses and the rooms, shelves and bins inside them, as a tree. */
export function LocationsPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const locations = useLiveQuery(() => locationRepository.listLocations(), []);
  const held = useLiveQuery(() => itemsHeldByLocation(), []);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const all = useMemo(() => locations ?? [], [locations]);
  const rows = useMemo(() => flattenTree(locationTree(all.filter((location) => showArchived || !location.archived))), [all, showArchived]);

  const save = async (input: LocationInput) => {
    if (editing?.kind === 'edit') {
      const saved = await locationRepository.updateLocation(editing.location.id, input);
      notify({ text: t('inventory.locations.changed', { name: saved.name }) });
    } else {
      const saved = await locationRepository.addLocation(input);
      notify({ text: t('inventory.locations.added', { name: saved.name }) });
    }
    setEditing(null);
  };

  const archive = async (location: StockLocation, archived: boolean) => {
    setFailure(null);
    try {
      if (archived) await locationRepository.archiveLocation(location.id);
      else await locationRepository.restoreLocation(location.id);
      notify({ text: t(archived ? 'inventory.locations.archivedDone' : 'inventory.locations.restoredDone', { name: location.name }) });
    } catch (error) {
      setFailure(t(archived ? 'inventory.locations.archiveRefused' : 'inventory.locations.restoreRefused', { name: location.name, reasons: describeLocationError(error, t, all) }));
    }
  };

  return (
    <section aria-labelledby="locations-heading" data-path={path.join('/')}>
      <h2 id="locations-heading" className="visually-hidden">
        {t('inventory.locations.heading')}
      </h2>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'add' })} disabled={editing !== null}>
          {t('inventory.locations.addWarehouse')}
        </button>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> {t('inventory.locations.showArchived')}
        </label>
      </div>
      {editing ? (
        <div className="panel">
          <h3>{editing.kind === 'edit' ? t('inventory.locations.editTitle') : editing.parent ? t('inventory.locations.addInside', { name: editing.parent.name }) : t('inventory.locations.addTitle')}</h3>
          <LocationForm
            key={editing.kind === 'edit' ? editing.location.id : `new-${editing.parent?.id ?? ''}`}
            existing={editing.kind === 'edit' ? editing.location : undefined}
            parent={editing.kind === 'add' ? editing.parent : undefined}
            locations={all}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      <FailureNote message={failure} />
      {locations === undefined ? null : rows.length === 0 ? (
        <p className="panel empty-state">{t('inventory.locations.empty')}</p>
      ) : (
        <div className="panel panel-flush">
          <table className="table locations-table">
            <caption className="visually-hidden">{t('inventory.locations.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-code">{t('inventory.locations.code')}</th>
                <th scope="col">{t('inventory.locations.name')}</th>
                <th scope="col" className="col-kind">{t('inventory.locations.kind')}</th>
                <th scope="col" className="amount">{t('inventory.locations.itemsHeld')}</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">{t('inventory.locations.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ location, depth, path: placePath }) => (
                <tr key={location.id} className={location.archived ? 'is-archived' : undefined} data-location-path={placePath}>
                  <td className="col-code">{location.code}</td>
                  <th scope="row" className="location-name" style={{ paddingInlineStart: `${0.6 + depth * 1.4}rem` }}>
                    {depth === 0 ? <strong>{location.name}</strong> : location.name}
                    {location.archived ? <span className="badge badge-pending archived-badge">{t('inventory.locations.archived')}</span> : null}
                  </th>
                  <td className="col-kind">{t(`inventory.locations.kinds.${location.kind}`)}</td>
                  <td className="amount">{held?.get(location.id) ?? ''}</td>
                  <td className="col-actions">
                    <RowMenu
                      label={t('inventory.locations.actionsNamed', { name: location.name })}
                      items={[
                        ...(location.archived || location.kind === 'bin' ? [] : [{ key: 'inside', label: t('inventory.locations.addPlaceInside'), run: () => setEditing({ kind: 'add', parent: location }) }]),
                        { key: 'edit', label: t('inventory.locations.edit'), run: () => setEditing({ kind: 'edit', location }) },
                        location.archived
                          ? { key: 'restore', label: t('inventory.locations.restore'), run: () => void archive(location, false) }
                          : { key: 'archive', label: t('inventory.locations.archive'), run: () => void archive(location, true), danger: true },
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
