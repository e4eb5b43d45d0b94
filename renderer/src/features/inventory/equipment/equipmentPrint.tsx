import type { TFunction } from 'i18next';
import { todayIso, type IsoDate } from '../../../../../shared/dates';
import { dueList, type DueLine } from '../../../../../shared/equipment';
import type { TableExport } from '../../../../../shared/export';
import type { Language } from '../../../../../shared/i18n/languages';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { companyRepository } from '../../../db/repositories';
import { i18n } from '../../../i18n';
import { currentRegionalFormat } from '../../../i18n/regionalFormat';
import { ledgerReportSource, type LedgerReportSource } from '../../bookkeeping/reports/printSource';
import { dueInText, moneyText, placeText, shortDate } from './equipmentText';
import { registerRows, type RegisterFilter, type RegisterRow } from './registerRows';
import { equipmentRepository } from './useEquipment';

/** Names and places keep to one line where the page allows; the figures never break. */
const registerPrintStyles = `
.equipment-register td.name { min-width: 36mm; }
.equipment-register td.category, .equipment-register td.place, .equipment-register td.person { min-width: 26mm; }
.equipment-register .code { font-size: 8pt; }
`;

const duePrintStyles = `
.equipment-due td.name { min-width: 40mm; }
.equipment-due td.person { min-width: 26mm; }
.equipment-due td.nowrap { width: 1%; }
.equipment-due .code { font-size: 8pt; }
`;

type Loaded = { currency: string; today: IsoDate };

async function loadRegister(filter: RegisterFilter, t: TFunction): Promise<Loaded & { rows: RegisterRow[] }> {
  const today = todayIso();
  const [company, equipment, locations] = await Promise.all([companyRepository.getCompany(), equipmentRepository.listEquipment(), equipmentRepository.listLocations()]);
  return { currency: company?.baseCurrency ?? 'EUR', today, rows: registerRows(equipment, locations, filter, today, t) };
}

async function loadDue(): Promise<Loaded & { lines: Array<DueLine & { place: string }> }> {
  const today = todayIso();
  const [company, equipment, locations] = await Promise.all([companyRepository.getCompany(), equipmentRepository.listEquipment(), equipmentRepository.listLocations()]);
  const lines = dueList(equipment, today).map((line) => ({ ...line, place: placeText(line.equipment.locationId, line.equipment.where, locations) }));
  return { currency: company?.baseCurrency ?? 'EUR', today, lines };
}

/** The filter in words under the register's title: "In use · Printers". */
export function filterText(filter: RegisterFilter, t: TFunction, categoryLabel: (category: string) => string): string {
  const parts = [t(`inventory.equipment.filter.${filter.condition}`)];
  if (filter.category) parts.push(categoryLabel(filter.category));
  if (filter.search.trim()) parts.push(t('inventory.equipment.print.searched', { text: filter.search.trim() }));
  return parts.join(' · ');
}

function RegisterBody({ data, t, regional }: { data: Loaded & { rows: RegisterRow[] }; t: TFunction; regional: RegionalFormat }) {
  if (data.rows.length === 0) return <p>{t('inventory.equipment.print.noneListed')}</p>;
  return (
    <table className="equipment-register">
      <style>{registerPrintStyles}</style>
      <thead>
        <tr>
          <th>
            {t('inventory.equipment.fields.name')}
            <br />
            <span className="code">{t('inventory.equipment.fields.serialNumber')}</span>
          </th>
          <th>{t('inventory.equipment.fields.category')}</th>
          <th>{t('inventory.equipment.columns.place')}</th>
          <th>{t('inventory.equipment.fields.responsible')}</th>
          <th>{t('inventory.equipment.fields.purchaseDate')}</th>
          <th className="num">{t('inventory.equipment.fields.purchaseCost')}</th>
          <th>{t('inventory.equipment.fields.warrantyEnd')}</th>
          <th>{t('inventory.equipment.fields.condition')}</th>
          <th>{t('inventory.equipment.columns.nextService')}</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map(({ equipment, category, place, service }) => (
          <tr key={equipment.id}>
            <td className="text name">
              {equipment.name}
              {equipment.serialNumber ? (
                <>
                  <br />
                  <span className="code">{equipment.serialNumber}</span>
                </>
              ) : null}
            </td>
            <td className="text category">{category}</td>
            <td className="text place">{place}</td>
            <td className="text person">{equipment.responsible}</td>
            <td className="nowrap">{shortDate(equipment.purchaseDate, regional)}</td>
            <td className="num">{moneyText(equipment.purchaseCost, data.currency, regional)}</td>
            <td className="nowrap">{shortDate(equipment.warrantyEnd, regional)}</td>
            <td className="nowrap">{t(`inventory.equipment.conditions.${equipment.condition}`)}</td>
            <td className="nowrap">
              {service ? shortDate(service.date, regional) : ''}
              {service && service.status !== 'later' ? ` (${t(`inventory.equipment.due.${service.status}`)})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function registerExport(data: Loaded & { rows: RegisterRow[] }, t: TFunction, title: string): TableExport {
  return {
    title,
    columns: [
      { kind: 'text', header: t('inventory.equipment.fields.name') },
      { kind: 'text', header: t('inventory.equipment.fields.category') },
      { kind: 'text', header: t('inventory.equipment.fields.serialNumber') },
      { kind: 'text', header: t('inventory.equipment.columns.place') },
      { kind: 'text', header: t('inventory.equipment.fields.responsible') },
      { kind: 'date', header: t('inventory.equipment.fields.purchaseDate') },
      { kind: 'amount', header: t('inventory.equipment.fields.purchaseCost'), currency: data.currency },
      { kind: 'date', header: t('inventory.equipment.fields.warrantyEnd') },
      { kind: 'text', header: t('inventory.equipment.fields.condition') },
      { kind: 'text', header: t('inventory.equipment.fields.serviceIntervalMonths') },
      { kind: 'date', header: t('inventory.equipment.columns.lastService') },
      { kind: 'date', header: t('inventory.equipment.columns.nextService') },
      { kind: 'text', header: t('inventory.equipment.fields.notes') },
    ],
    rows: data.rows.map(({ equipment, category, place, service }) => [
      equipment.name,
      category,
      equipment.serialNumber,
      place,
      equipment.responsible,
      equipment.purchaseDate,
      equipment.purchaseCost,
      equipment.warrantyEnd,
      t(`inventory.equipment.conditions.${equipment.condition}`),
      equipment.serviceIntervalMonths === null ? null : String(equipment.serviceIntervalMonths),
      equipment.lastServiceDate ?? null,
      service?.date ?? null,
      equipment.notes ?? null,
    ]),
  };
}

/** The register as shown (its filter and search), for print, PDF, CSV and Excel, with fresh data. */
export function registerReportSource(language: Language, filter: RegisterFilter, categoryLabel: (category: string, t: TFunction) => string): LedgerReportSource {
  const regional = currentRegionalFormat(language);
  return ledgerReportSource({
    language,
    landscape: true,
    load: () => loadRegister(filter, i18n.getFixedT(language)),
    title: (t) => t('inventory.equipment.print.registerTitle'),
    period: (t) => `${t('inventory.equipment.print.asOf', { date: shortDate(todayIso(), regional) })} · ${filterText(filter, t, (category) => categoryLabel(category, t))}`,
    body: (data, t) => <RegisterBody data={data} t={t} regional={regional} />,
    table: (data, t) => registerExport(data, t, t('inventory.equipment.print.registerTitle')),
  });
}

function DueBody({ data, t, regional }: { data: Awaited<ReturnType<typeof loadDue>>; t: TFunction; regional: RegionalFormat }) {
  if (data.lines.length === 0) return <p>{t('inventory.equipment.due.none')}</p>;
  return (
    <table className="equipment-due">
      <style>{duePrintStyles}</style>
      <thead>
        <tr>
          <th>{t('inventory.equipment.columns.dueDate')}</th>
          <th>
            {t('inventory.equipment.fields.name')}
            <br />
            <span className="code">{t('inventory.equipment.fields.serialNumber')}</span>
          </th>
          <th>{t('inventory.equipment.columns.what')}</th>
          <th>{t('inventory.equipment.columns.status')}</th>
          <th>{t('inventory.equipment.fields.responsible')}</th>
          <th>{t('inventory.equipment.columns.place')}</th>
        </tr>
      </thead>
      <tbody>
        {data.lines.map((line) => (
          <tr key={`${line.equipment.id}-${line.reason}`}>
            <td className="nowrap">{shortDate(line.date, regional)}</td>
            <td className="text name">
              {line.equipment.name}
              {line.equipment.serialNumber ? (
                <>
                  <br />
                  <span className="code">{line.equipment.serialNumber}</span>
                </>
              ) : null}
            </td>
            <td className="nowrap">{t(`inventory.equipment.due.reasons.${line.reason}`)}</td>
            <td className="nowrap">{dueInText(line.days, t)}</td>
            <td className="text person">{line.equipment.responsible}</td>
            <td className="text">{line.place}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Due for service" for print, PDF, CSV and Excel. */
export function dueReportSource(language: Language): LedgerReportSource {
  const regional = currentRegionalFormat(language);
  return ledgerReportSource({
    language,
    landscape: false,
    load: loadDue,
    title: (t) => t('inventory.equipment.print.dueTitle'),
    period: (t) => t('inventory.equipment.print.dueWithin', { date: shortDate(todayIso(), regional) }),
    body: (data, t) => <DueBody data={data} t={t} regional={regional} />,
    table: (data, t) => ({
      title: t('inventory.equipment.print.dueTitle'),
      columns: [
        { kind: 'date', header: t('inventory.equipment.columns.dueDate') },
        { kind: 'text', header: t('inventory.equipment.fields.name') },
        { kind: 'text', header: t('inventory.equipment.fields.serialNumber') },
        { kind: 'text', header: t('inventory.equipment.columns.what') },
        { kind: 'text', header: t('inventory.equipment.columns.status') },
        { kind: 'text', header: t('inventory.equipment.fields.responsible') },
        { kind: 'text', header: t('inventory.equipment.columns.place') },
      ],
      rows: data.lines.map((line) => [
        line.date,
        line.equipment.name,
        line.equipment.serialNumber,
        t(`inventory.equipment.due.reasons.${line.reason}`),
        dueInText(line.days, t),
        line.equipment.responsible,
        line.place,
      ]),
    }),
  });
}
