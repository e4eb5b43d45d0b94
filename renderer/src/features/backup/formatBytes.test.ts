import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
  it('writes the size in the region’s digits, whatever the interface language', () => {
    expect(plain(formatBytes(12_400_000, { locale: 'en-IE', language: 'en' }))).toBe('12.4 MB');
    expect(plain(formatBytes(12_400_000, { locale: 'hu-HU', language: 'en' }))).toBe('12,4 MB');
    expect(plain(formatBytes(820_000, { locale: 'ru-RU', language: 'ru' }))).toBe('820 кБ');
  });
});
