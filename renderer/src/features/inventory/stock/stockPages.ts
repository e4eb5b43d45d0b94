/** The pages of Inventory › Stock: the views, then the movement forms, then import and settings. */
export const stockViews = ['on-hand', 'reorder', 'history', 'valuation'] as const;
export const movementForms = ['receive', 'issue', 'transfer', 'write-off', 'opening'] as const;
export const stockTools = ['import', 'settings'] as const;
export type StockView = (typeof stockViews)[number];
export type MovementFormKind = (typeof movementForms)[number];
export type StockSubpage = StockView | MovementFormKind | (typeof stockTools)[number];

const all: readonly string[] = [...stockViews, ...movementForms, ...stockTools];

/** Which page a path names: ['stock', 'receive'] is the receipt form; anything else is On hand. */
export function stockSubpageOf(path: readonly string[]): StockSubpage {
  const second = path[0] === 'stock' ? path[1] : undefined;
  return second !== undefined && all.includes(second) ? (second as StockSubpage) : 'on-hand';
}

/** The i18n key of a page's name in the sub-navigation. */
export function subpageKey(page: StockSubpage): string {
  return `inventory.stock.pages.${page.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}
