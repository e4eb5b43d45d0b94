import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, PlannedRow } from '../../../../../shared/catalog';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';
import { catalogProblemText } from './catalogText';

/** What each row would do: add, update or skip, and why a row cannot be taken. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const [onlyFaulty, setOnlyFaulty] = useState(false);
  const count = (action: PlannedRow['action']) => plan.rows.filter((row) => row.action === action && row.problems.length === 0).length;
  const faulty = plan.rows.filter((row) => row.problems.length > 0);
  const rows = onlyFaulty ? faulty : plan.rows;
  const columns = useMemo<VirtualColumn<PlannedRow>[]>(
    () => [
      { key: 'row', header: t('inventory.catalog.import.row'), width: '4.5rem', align: 'end', render: (row) => row.row },
      { key: 'sku', header: t('inventory.catalog.fields.sku'), width: '9rem', render: (row) => <span title={row.sku}>{row.sku}</span> },
      { key: 'name', header: t('inventory.catalog.fields.name'), width: 'minmax(10rem, 1fr)', render: (row) => <span title={row.name}>{row.name}</span> },
      {
        key: 'action',
        header: t('inventory.catalog.import.action'),
        width: '8rem',
        render: (row) =>
          row.problems.length > 0 ? (
            <span className="badge badge-problem">{t('inventory.catalog.import.actions.error')}</span>
          ) : (
            <span className={`badge badge-${row.action}`}>{t(`inventory.catalog.import.actions.${row.action}`)}</span>
          ),
      },
      {
        key: 'problems',
        header: t('inventory.catalog.import.problems'),
        width: 'minmax(14rem, 2fr)',
        render: (row) => {
          const text = row.problems.map((found) => catalogProblemText({ ...found, row: undefined }, t)).join(' ');
          return (
            <span className="import-problem" title={text}>
              {text}
            </span>
          );
        },
      },
    ],
    [t],
  );
  return (
    <div className="import-preview" data-testid="catalog-import-preview">
      <p role="status" data-testid="catalog-import-summary">
        {t('inventory.catalog.import.summary', { add: count('add'), update: count('update'), skip: count('skip'), errors: faulty.length })}
        {plan.newCategories.length > 0 ? ` ${t('inventory.catalog.import.newCategories', { names: plan.newCategories.join(', ') })}` : ''}
      </p>
      {faulty.length > 0 ? (
        <label className="check">
          <input type="checkbox" checked={onlyFaulty} onChange={(event) => setOnlyFaulty(event.target.checked)} />
          {t('inventory.catalog.import.onlyFaulty')}
        </label>
      ) : null}
      <VirtualTable
        label={t('inventory.catalog.import.previewLabel')}
        rows={rows}
        columns={columns}
        rowKey={(row) => String(row.row)}
        rowClassName={(row) => (row.problems.length > 0 ? 'import-row-faulty' : undefined)}
        height="40vh"
        testId="catalog-import-rows"
      />
    </div>
  );
}
