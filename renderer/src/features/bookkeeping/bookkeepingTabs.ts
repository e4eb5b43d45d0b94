/** The pages of Bookkeeping, in the order of its sub-navigation; the first path segment names one. */
export const bookkeepingTabs = ['entries', 'new', 'accounts', 'vat', 'periods', 'reports', 'bank', 'reconcile', 'journal-file'] as const;
export type BookkeepingTab = (typeof bookkeepingTabs)[number];

/** Which tab a page path belongs to: ['entries', '01J…'] is Entries; an unknown path is Entries. */
export function tabOfPath(path: readonly string[]): BookkeepingTab {
  const first = path[0] ?? '';
  return (bookkeepingTabs as readonly string[]).includes(first) ? (first as BookkeepingTab) : 'entries';
}
