import type { TFunction } from 'i18next';
import type { StocktakeScope, StocktakeStatus } from '../../../../../shared/stock/types';
import { StocktakeRejected } from '../../../db/repositories/stocktakes';
import { describeIpcError } from '../../../ipc/client';

/** A refusal or failure in the user's words: what happened and what to do. */
export function describeStocktakeError(error: unknown, t: TFunction): string {
  if (error instanceof StocktakeRejected) return t(`inventory.stocktakes.errors.${error.problem}`, error.values);
  if (error instanceof Error && error.name === 'LedgerRejected') return t('inventory.stocktakes.errors.ledgerRefused', { reason: error.message });
  return describeIpcError(error, t);
}

export function scopeText(scope: StocktakeScope, t: TFunction): string {
  switch (scope.kind) {
    case 'all':
      return t('inventory.stocktakes.scope.allShort');
    case 'locations':
      return t('inventory.stocktakes.scope.locationsShort', { count: scope.locationIds.length });
    case 'categories':
      return t('inventory.stocktakes.scope.categoriesShort', { count: scope.categoryIds.length });
    case 'notCountedFor':
      return t('inventory.stocktakes.scope.notCountedForShort', { count: scope.days });
    case 'classA':
      return t('inventory.stocktakes.scope.classAShort', { share: scope.share });
  }
}

export function statusText(status: StocktakeStatus, t: TFunction): string {
  return t(`inventory.stocktakes.status.${status}`);
}

/** Basis points as a percent with one decimal, in the region's way. */
export function percentText(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(basisPoints / 10_000);
}
