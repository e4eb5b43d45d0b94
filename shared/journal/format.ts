import { minorDigits } from '../money';

/**
 * Writes minor units as a plain journal number: dot decimal, no digit groups, the
 * currency's minor digits ("-1234.50", "1000" for HUF). Exact for any safe integer.
 */
export function formatMinor(minor: number, currency: string): string {
  const digits = currency === '' ? 0 : minorDigits(currency);
  const negative = minor < 0;
  const whole = String(Math.abs(minor));
  if (digits === 0) return negative ? `-${whole}` : whole;
  const padded = whole.padStart(digits + 1, '0');
  const text = `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/** "1234.50 EUR"; a bare zero (no currency) is "0". */
export function formatJournalAmount(minor: number, currency: string): string {
  return currency === '' ? formatMinor(minor, '') : `${formatMinor(minor, currency)} ${currency}`;
}
