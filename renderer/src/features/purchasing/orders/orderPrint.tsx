import type { TFunction } from 'i18next';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import { formatDate } from '../../../../../shared/dates';
import type { Language } from '../../../../../shared/i18n/languages';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { VatCode } from '../../../../../shared/ledger/types';
import { orderTotals } from '../../../../../shared/purchasing/orders';
import { lineNet } from '../../../../../shared/purchasing/orderTotals';
import type { PurchaseOrder, Supplier } from '../../../../../shared/purchasing/types';
import { appDb } from '../../../db/appDb';
import { companyRepository } from '../../../db/repositories';
import type { CompanyRecord } from '../../../db/records';
import { i18n } from '../../../i18n';
import { currentRegionalFormat } from '../../../i18n/regionalFormat';
import type { Report } from '../../../print/report';
import { unitLabel } from '../../inventory/catalog/catalogText';
import { amountOnly, quantityText } from './orderText';

const orderPrintStyles = `
.parties { display: flex; gap: 12mm; margin-bottom: 8pt; }
.parties section { flex: 1; }
.parties h2 { margin-top: 0; }
.order-lines td.qty, .order-lines td.price, .order-lines td.sku, table.order-lines td.num, table.order-totals td.num { white-space: nowrap; }
/* Headings break between words only ("Количество" stays whole). */
table.order-lines th, table.order-totals th { overflow-wrap: normal; hyphens: manual; }
.order-lines td.description { width: 40%; }
.order-lines .code { font-size: 8.5pt; }
table.order-totals { width: 60%; margin-left: auto; }
table.order-totals tfoot td, table.order-totals tfoot th { font-weight: 700; border-top: 1pt solid #888; }
`;

type OrderPrintData = { order: PurchaseOrder; company: CompanyRecord | undefined; supplier: Supplier | undefined; items: Map<string, CatalogItem>; vatCodes: VatCode[] };

async function loadOrder(orderId: string): Promise<OrderPrintData> {
  const order = await appDb.purchaseOrders.get(orderId);
  if (!order) throw new Error(`Order ${orderId} is gone`);
  const [company, supplier, items, vatCodes] = await Promise.all([
    companyRepository.getCompany(),
    appDb.suppliers.get(order.supplierId),
    appDb.items.bulkGet(order.lines.flatMap((line) => (line.itemId ? [line.itemId] : []))),
    appDb.vatCodes.toArray(),
  ]);
  return { order, company, supplier, items: new Map(items.flatMap((item) => (item ? [[item.id, item]] : []))), vatCodes };
}

function Lines({ text }: { text: string }) {
  return <p className="multiline">{text}</p>;
}

/** The purchase order as it goes to the supplier: both parties, the order's facts, its lines, VAT per rate, terms and notes. */
export function OrderDocument({ data, t, regional }: { data: OrderPrintData; t: TFunction; regional: RegionalFormat }) {
  const { order, company, supplier, items, vatCodes } = data;
  const money = (minor: number) => amountOnly(minor, order.currency, regional);
  const date = (iso: string | null) => (iso ? formatDate(iso, regional, 'short') : '');
  const totals = orderTotals(order, vatCodes);
  const vatCode = (id: string | null) => vatCodes.find((code) => code.id === id)?.code ?? '';
  const contact = supplier?.contacts[0];
  return (
    <>
      <style>{orderPrintStyles}</style>
      <div className="parties">
        <section>
          <h2>{t('purchasing.orders.print.buyer')}</h2>
          <p>
            <strong>{company?.name}</strong>
          </p>
          {company?.address ? <Lines text={company.address} /> : null}
          {company?.taxNumber ? <p>{t('purchasing.orders.print.taxNumber', { number: company.taxNumber })}</p> : null}
        </section>
        <section>
          <h2>{t('purchasing.orders.print.supplier')}</h2>
          <p>
            <strong>{supplier?.name ?? order.supplierName}</strong>
          </p>
          {supplier?.address ? <Lines text={supplier.address} /> : null}
          {supplier?.taxNumber ? <p>{t('purchasing.orders.print.taxNumber', { number: supplier.taxNumber })}</p> : null}
          {contact ? <p>{[contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')}</p> : null}
          {supplier?.email && supplier.email !== contact?.email ? <p>{supplier.email}</p> : null}
        </section>
      </div>
      <table className="details">
        <tbody>
          <tr>
            <th>{t('purchasing.orders.fields.number')}</th>
            <td>{order.number}</td>
          </tr>
          <tr>
            <th>{t('purchasing.orders.fields.orderDate')}</th>
            <td>{date(order.orderDate)}</td>
          </tr>
          {order.expectedDate ? (
            <tr>
              <th>{t('purchasing.orders.fields.expectedDate')}</th>
              <td>{date(order.expectedDate)}</td>
            </tr>
          ) : null}
          {order.deliveryAddress ? (
            <tr>
              <th>{t('purchasing.orders.fields.deliveryAddress')}</th>
              <td className="multiline">{order.deliveryAddress}</td>
            </tr>
          ) : null}
          {order.department ? (
            <tr>
              <th>{t('purchasing.orders.fields.department')}</th>
              <td>{order.department}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <table className="order-lines">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>
              {t('purchasing.orders.print.sku')}
              <br />
              <span className="code">{t('purchasing.orders.line.supplierSkuShort')}</span>
            </th>
            <th>{t('purchasing.orders.print.description')}</th>
            <th className="num">{t('purchasing.orders.line.quantityShort')}</th>
            <th className="num">{t('purchasing.orders.line.priceShort', { currency: order.currency })}</th>
            <th>{t('purchasing.orders.line.vatShort')}</th>
            <th className="num">{t('purchasing.orders.line.total')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={line.id}>
              <td className="num">{index + 1}</td>
              <td className="sku">
                {line.itemId ? items.get(line.itemId)?.sku : ''}
                {line.supplierSku ? (
                  <>
                    <br />
                    <span className="code">{line.supplierSku}</span>
                  </>
                ) : null}
              </td>
              <td className="description">{line.description}</td>
              <td className="num qty">
                {quantityText(line.quantity, line.unit, regional)} {unitLabel(line.unit.code, t)}
              </td>
              <td className="num price">
                {money(line.price)}
                {line.priceUnit !== 10 ** line.unit.decimals ? ` / ${quantityText(line.priceUnit, line.unit, regional)} ${unitLabel(line.unit.code, t)}` : ''}
              </td>
              <td>{vatCode(line.vatCodeId)}</td>
              <td className="num">{money(lineNet(line))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="order-totals">
        <thead>
          <tr>
            <th>{t('purchasing.orders.totals.vatCode')}</th>
            <th className="num">{t('purchasing.orders.totals.net', { currency: order.currency })}</th>
            <th className="num">{t('purchasing.orders.totals.vat', { currency: order.currency })}</th>
            <th className="num">{t('purchasing.orders.totals.gross', { currency: order.currency })}</th>
          </tr>
        </thead>
        <tbody>
          {totals.perVat.map((total) => (
            <tr key={total.vatCodeId ?? 'none'}>
              <td>{total.code || t('purchasing.orders.noVat')}</td>
              <td className="num">{money(total.net)}</td>
              <td className="num">{money(total.vat)}</td>
              <td className="num">{money(total.gross)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('purchasing.orders.totals.total')}</th>
            <td className="num">{money(totals.net)}</td>
            <td className="num">{money(totals.vat)}</td>
            <td className="num">{money(totals.gross)}</td>
          </tr>
        </tfoot>
      </table>
      {order.terms ? (
        <>
          <h2>{t('purchasing.orders.fields.terms')}</h2>
          <Lines text={order.terms} />
        </>
      ) : null}
      {order.notes ? (
        <>
          <h2>{t('purchasing.orders.fields.notes')}</h2>
          <Lines text={order.notes} />
        </>
      ) : null}
    </>
  );
}

/** The stored order as a printable report in `language` (chosen at print time). */
export async function orderReport(orderId: string, language: Language): Promise<Report> {
  const data = await loadOrder(orderId);
  const t = i18n.getFixedT(language);
  const regional = currentRegionalFormat(language);
  return {
    title: t('purchasing.orders.print.title', { number: data.order.number }),
    companyName: data.company?.name ?? '',
    language,
    body: <OrderDocument data={data} t={t} regional={regional} />,
  };
}

/** Who the order is e-mailed to: the supplier's order address, else its first contact's. */
export async function orderMailAddress(orderId: string): Promise<string> {
  const order = await appDb.purchaseOrders.get(orderId);
  const supplier = order ? await appDb.suppliers.get(order.supplierId) : undefined;
  return supplier?.email || supplier?.contacts.find((contact) => contact.email)?.email || '';
}
