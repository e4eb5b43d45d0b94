import type { RegionalFormat } from '../../../../shared/i18n/regional';

/** A file size for people: 820 KB, 12.4 MB, 12,4 MB (decimal units, as file managers show), in the region's digits. */
export function formatBytes(bytes: number, regional: RegionalFormat): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(regional.locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit >= 2 ? 1 : 0 }).format(value);
}
