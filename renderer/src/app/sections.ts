/** The sidebar's sections, in order; Alt+1 … Alt+7 jump to them. */
export const sections = ['home', 'bookkeeping', 'purchasing', 'documents', 'inventory', 'backup', 'settings'] as const;
export type Section = (typeof sections)[number];

export function hashOf(section: Section): string {
  return `#/${section}`;
}

export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '');
  return (sections as readonly string[]).includes(name) ? (name as Section) : 'home';
}
