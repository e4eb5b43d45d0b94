import { describe, expect, it } from 'vitest';
import { hashOf, placeFromHash, sectionFromHash, sections } from './sections';

describe('sections and the address', () => {
  it('round-trips every section through location.hash', () => {
    for (const section of sections) expect(sectionFromHash(hashOf(section))).toBe(section);
  });

  it('opens Home for an empty or unknown address', () => {
    expect(sectionFromHash('')).toBe('home');
    expect(sectionFromHash('#main')).toBe('home');
    expect(sectionFromHash('#/nowhere')).toBe('home');
  });

  it('has seven sections for Alt+1 … Alt+7, Home first and Settings last', () => {
    expect(sections).toHaveLength(7);
    expect(sections[0]).toBe('home');
    expect(sections[6]).toBe('settings');
  });
});

describe('pages inside a section', () => {
  it('round-trips a section with a page path, escaping what needs it', () => {
    const hash = hashOf('bookkeeping', ['reports', 'trial-balance', 'a/b c']);
    expect(hash).toBe('#/bookkeeping/reports/trial-balance/a%2Fb%20c');
    expect(placeFromHash(hash)).toEqual({ section: 'bookkeeping', path: ['reports', 'trial-balance', 'a/b c'] });
  });

  it('ignores a page path under an unknown section', () => {
    expect(placeFromHash('#/nowhere/x')).toEqual({ section: 'home', path: [] });
  });
});
