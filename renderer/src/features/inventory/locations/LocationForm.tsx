import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { childKindOf, descendantIds, flattenTree, locationProblems, locationTree, type LocationProblem } from '../../../../../shared/stock/locationTree';
import { locationKinds, type StockLocation } from '../../../../../shared/stock/types';
import { FailureNote } from '../../../components/FailureNote';
import { Field } from '../../../components/Field';
import type { LocationInput } from '../../../db/repositories/locations';
import { LocationRejected } from '../../../db/repositories/locations';
import { describeLocationError } from './locationText';

type LocationFormProps = {
  existing?: StockLocation;
  parent?: StockLocation;
  locations: readonly StockLocation[];
  onSave(input: LocationInput): Promise<void>;
  onCancel(): void;
};

const fieldOf: Record<LocationProblem, keyof LocationInput> = {
  nameMissing: 'name',
  codeMissing: 'code',
  codeTaken: 'code',
  parentMissing: 'parentId',
  parentArchived: 'parentId',
  cycle: 'parentId',
  kindBelowParent: 'kind',
};

/** Code, name, kind and place of a location: adding, renaming and moving use the same form. */
export function LocationForm({ existing, parent, locations, onSave, onCancel }: LocationFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const [values, setValues] = useState<LocationInput>(() =>
    existing
      ? { name: existing.name, code: existing.code, kind: existing.kind, parentId: existing.parentId }
      : { name: '', code: parent ? `${parent.code}-` : '', kind: childKindOf(parent ?? null), parentId: parent?.id ?? null },
  );
  const [problems, setProblems] = useState<LocationProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<LocationInput>) => setValues((current) => ({ ...current, ...change }));

  const parentOptions = useMemo(() => {
    const inside = existing ? descendantIds(existing.id, locations) : new Set<string>();
    return flattenTree(locationTree(locations.filter((location) => !location.archived || location.id === values.parentId))).filter((node) => !inside.has(node.location.id));
  }, [locations, existing, values.parentId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const at = new Date().toISOString();
    const candidate: StockLocation = { id: existing?.id ?? '\u0000new', createdAt: at, updatedAt: at, archived: false, ...values, name: values.name.trim(), code: values.code.trim() };
    const found = locationProblems(candidate, locations);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      if (error instanceof LocationRejected) setProblems(error.problems.filter((problem): problem is LocationProblem => problem in fieldOf));
      setFailure(describeLocationError(error, t, locations));
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (field: keyof LocationInput) =>
    problems
      .filter((problem) => fieldOf[problem] === field)
      .map((problem) => t(`inventory.locations.problems.${problem}`))
      .join(' ') || undefined;
  const id = (field: string) => `${prefix}${field}`;

  return (
    <form className="form location-form" noValidate onSubmit={(event) => void submit(event)} aria-label={existing ? t('inventory.locations.editTitle') : t('inventory.locations.addTitle')}>
      <div className="form-grid">
        <Field id={id('code')} label={t('inventory.locations.code')} hint={t('inventory.locations.codeHint')} error={errorOf('code')}>
          {(a11y) => <input type="text" autoFocus className="input-short-code" {...a11y} value={values.code} onChange={(event) => set({ code: event.target.value })} />}
        </Field>
        <Field id={id('name')} label={t('inventory.locations.name')} error={errorOf('name')}>
          {(a11y) => <input type="text" {...a11y} value={values.name} onChange={(event) => set({ name: event.target.value })} />}
        </Field>
        <Field id={id('kind')} label={t('inventory.locations.kind')} error={errorOf('kind')}>
          {(a11y) => (
            <select {...a11y} value={values.kind} onChange={(event) => set({ kind: event.target.value as LocationInput['kind'] })}>
              {locationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`inventory.locations.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('parent')} label={t('inventory.locations.parent')} error={errorOf('parentId')}>
          {(a11y) => (
            <select
              {...a11y}
              value={values.parentId ?? ''}
              onChange={(event) => {
                const parentId = event.target.value || null;
                // A new place takes the kind that usually sits inside its parent; a moved one keeps its own.
                set(existing ? { parentId } : { parentId, kind: childKindOf(locations.find((location) => location.id === parentId) ?? null) });
              }}
            >
              <option value="">{t('inventory.locations.topLevel')}</option>
              {parentOptions.map((node) => (
                <option key={node.location.id} value={node.location.id}>
                  {`${node.location.code} · ${node.path}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {existing ? t('inventory.locations.saveChanges') : t('inventory.locations.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('components.confirm.cancel')}
        </button>
      </div>
      <FailureNote message={failure} />
    </form>
  );
}
