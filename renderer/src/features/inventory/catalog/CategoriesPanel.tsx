import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemCategory } from '../../../../../shared/catalog';
import { useNavigationStore } from '../../../app/navigationStore';
import { FailureNote } from '../../../components/FailureNote';
import { notify } from '../../../components/notices';
import { catalogRepository } from '../../../db/repositories/catalog/appCatalog';
import { categoryLabel, describeCatalogError } from './catalogText';
import type { CatalogView } from './useCatalog';

/** The categories: add one, rename any (built-in ones too), archive those no longer used. */
export function CategoriesPanel({ catalog }: { catalog: CatalogView }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const prefix = useId();
  const [newName, setNewName] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const label = (category: ItemCategory) => categoryLabel(category, t);
  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const item of catalog.items) if (!item.archived) byCategory.set(item.categoryId, (byCategory.get(item.categoryId) ?? 0) + 1);
    return byCategory;
  }, [catalog.items]);

  const save = async (input: { id?: string; name: string; archived?: boolean }, done: string) => {
    setFailure(null);
    try {
      await catalogRepository.saveCategory(input, label);
      notify({ text: done });
      return true;
    } catch (error) {
      setFailure(describeCatalogError(error, t));
      return false;
    }
  };

  return (
    <section className="panel categories-panel" aria-labelledby={`${prefix}heading`}>
      <p className="back-link">
        <a
          href="#/inventory/items"
          onClick={(event) => {
            event.preventDefault();
            go('inventory', ['items']);
          }}
        >
          {t('inventory.catalog.form.back')}
        </a>
      </p>
      <h2 id={`${prefix}heading`}>{t('inventory.catalog.categoriesHeading')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ name: newName }, t('inventory.catalog.categoryAdded', { name: newName.trim() })).then((ok) => ok && setNewName(''));
        }}
      >
        <div className="field">
          <label htmlFor={`${prefix}new`}>{t('inventory.catalog.newCategory')}</label>
          <input id={`${prefix}new`} type="text" value={newName} onChange={(event) => setNewName(event.target.value)} />
        </div>
        <button type="submit" className="button button-primary category-add">
          {t('inventory.catalog.addCategory')}
        </button>
      </form>
      <FailureNote message={failure} />
      <table className="table categories-table">
        <thead>
          <tr>
            <th>{t('inventory.catalog.categoryName')}</th>
            <th className="num">{t('inventory.catalog.categoryItems')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {catalog.categories.map((category) => {
            const shown = label(category);
            const typed = names[category.id] ?? shown;
            return (
              <tr key={category.id} className={category.archived ? 'is-archived' : undefined}>
                <td>
                  <input
                    type="text"
                    aria-label={t('inventory.catalog.renameCategory', { name: shown })}
                    value={typed}
                    onChange={(event) => setNames((current) => ({ ...current, [category.id]: event.target.value }))}
                  />
                  {category.archived ? <span className="badge archived-badge">{t('inventory.catalog.archived')}</span> : null}
                </td>
                <td className="num">{counts.get(category.id) ?? 0}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={typed.trim() === shown}
                      onClick={() =>
                        void save({ id: category.id, name: typed, archived: category.archived ?? false }, t('inventory.catalog.categoryRenamed', { name: typed.trim() })).then(
                          (ok) => ok && setNames(({ [category.id]: _dropped, ...rest }) => rest),
                        )
                      }
                    >
                      {t('inventory.catalog.rename')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => void save({ id: category.id, name: shown, archived: !category.archived }, t(category.archived ? 'inventory.catalog.categoryRestored' : 'inventory.catalog.categoryArchived', { name: shown }))}
                    >
                      {category.archived ? t('inventory.catalog.form.restore') : t('inventory.catalog.form.archive')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
