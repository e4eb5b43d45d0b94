import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../../../shared/purchasing/types';

/** The order's state in words, coloured by how far along it is. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge order-status order-${status}`}>{t(`purchasing.status.${status}`)}</span>;
}
