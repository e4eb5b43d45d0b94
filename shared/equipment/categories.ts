/**
 * The kinds of equipment the app names in every language; any other text the office
 * types (e.g. "Coffee grinder") is kept as written.
 */
export const builtInEquipmentCategories = ['printer', 'computer', 'kitchen', 'furniture', 'other'] as const;
export type BuiltInEquipmentCategory = (typeof builtInEquipmentCategories)[number];

export function isBuiltInCategory(category: string): category is BuiltInEquipmentCategory {
  return (builtInEquipmentCategories as readonly string[]).includes(category);
}
