/** The sidebar's sections, in order; Alt+1 … Alt+7 jump to them. */
export const sections = ['home', 'bookkeeping', 'purchasing', 'documents', 'inventory', 'backup', 'settings'] as const;
export type Section = (typeof sections)[number];

/** Where the window is: a section and, inside it, a page path such as ['reports', 'trial-balance']. */
export type Place = { section: Section; path: string[] };

export function hashOf(section: Section, path: readonly string[] = []): string {
  return ['#', section, ...path.map(encodeURIComponent)].join('/');
}

export function placeFromHash(hash: string): Place {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!(sections as readonly string[]).includes(name)) return { section: 'home', path: [] };
  return { section: name as Section, path: rest.filter(Boolean).map(decodeURIComponent) };
}

export function sectionFromHash(hash: string): Section {
  return placeFromHash(hash).section;
}
