import { useTranslation } from 'react-i18next';
import { FailureNote } from '../../../components/FailureNote';
import { useBooks } from '../../bookkeeping/useBooks';
import { PayeesToSuppliers } from './PayeesToSuppliers';
import { SupplierForm } from './SupplierForm';
import { SupplierList } from './SupplierList';
import { SupplierPayables } from './SupplierPayables';
import { SupplierPrices } from './SupplierPrices';
import { useSuppliers } from './useSuppliers';
import './suppliers.css';

/**
 * Purchasing › Suppliers: the list (['suppliers']), a supplier's page (['suppliers', id])
 * with its prices and what is owed to it, a new one (['suppliers', 'new']) and turning
 * bookkeeping's payees into suppliers (['suppliers', 'payees']).
 */
export function SuppliersPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const { books, failed } = useBooks();
  if (failed) return <FailureNote message={t('purchasing.suppliers.form.failed', { message: String(failed) })} />;
  if (!suppliers || !books) return <p className="muted" aria-busy="true">{t('purchasing.suppliers.loading')}</p>;
  const [, page] = path;
  if (page === undefined || page === '') return <SupplierList suppliers={suppliers} />;
  if (page === 'payees') return <PayeesToSuppliers currency={books.currency} />;
  if (page === 'new') return <SupplierForm key="new" existing={undefined} suppliers={suppliers} currency={books.currency} />;
  const existing = suppliers.find((supplier) => supplier.id === page);
  if (!existing) return <FailureNote message={t('purchasing.problems.supplierMissing', { supplier: page })} />;
  return (
    <div className="supplier-page">
      <SupplierForm key={`${existing.id}-${existing.updatedAt}`} existing={existing} suppliers={suppliers} currency={books.currency} />
      <div className="supplier-side">
        <SupplierPayables supplierId={existing.id} />
        <SupplierPrices supplierId={existing.id} />
      </div>
    </div>
  );
}
