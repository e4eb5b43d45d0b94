import { todayIso, type IsoDate } from '../../../../../shared/dates';
import { snapshotLines, stocktakeNumber } from '../../../../../shared/stock/stocktakeScope';
import type { Stocktake, StocktakeScope, StocktakeSheet } from '../../../../../shared/stock/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { StocktakeRejected } from './problems';
import { inventorySettingsForWrite } from './settings';

export type StocktakeStart = {
  name: string;
  scope: StocktakeScope;
  blind: boolean;
  tolerancePercent: number;
  date?: IsoDate;
};

function checkStart(start: StocktakeStart): void {
  if (!Number.isFinite(start.tolerancePercent) || start.tolerancePercent < 0 || start.tolerancePercent > 100) {
    throw new StocktakeRejected('badTolerance');
  }
  const { scope } = start;
  const empty =
    (scope.kind === 'locations' && scope.locationIds.length === 0) ||
    (scope.kind === 'categories' && scope.categoryIds.length === 0) ||
    (scope.kind === 'notCountedFor' && !(Number.isInteger(scope.days) && scope.days >= 0)) ||
    (scope.kind === 'classA' && !(scope.share > 0 && scope.share <= 100));
  if (empty) throw new StocktakeRejected('badScope');
}

/**
 * Starts a stocktake: takes the snapshot of what the books expect at every place in scope
 * (one sheet per place), numbers it ST-YYYY-NNN, all in one audited transaction, so the
 * snapshot and the instant it was taken agree with the stock as it stood.
 */
export async function startStocktake(db: BackofficeDb, start: StocktakeStart): Promise<Stocktake> {
  checkStart(start);
  return writeWithAudit(
    db,
    [db.stocktakes, db.stocktakeSheets, db.settings],
    'stocktakeStarted',
    async () => {
      const date = start.date ?? todayIso();
      const [items, locations, levels, settings] = await Promise.all([db.items.toArray(), db.locations.toArray(), db.stockLevels.toArray(), inventorySettingsForWrite(db)]);
      const snapshotAt = now();
      const lines = snapshotLines({ scope: start.scope, items, locations, levels, today: date });
      const lineCount = [...lines.values()].reduce((sum, found) => sum + found.length, 0);
      if (lineCount === 0) throw new StocktakeRejected('nothingToCount');
      const year = date.slice(0, 4);
      const sequence = (settings.lastStocktakeNumbers[year] ?? 0) + 1;
      const stocktake: Stocktake = {
        id: newId(),
        createdAt: snapshotAt,
        updatedAt: snapshotAt,
        number: stocktakeNumber(year, sequence),
        name: start.name.trim(),
        scope: start.scope,
        blind: start.blind,
        tolerancePercent: start.tolerancePercent,
        status: 'counting',
        snapshotAt,
        date,
        lineCount,
      };
      const sheets = [...lines].map(([locationId, found]): StocktakeSheet => ({ stocktakeId: stocktake.id, locationId, lines: found, updatedAt: snapshotAt }));
      await db.stocktakes.add(stocktake);
      await db.stocktakeSheets.bulkAdd(sheets);
      await db.settings.put({ ...settings, lastStocktakeNumbers: { ...settings.lastStocktakeNumbers, [year]: sequence }, updatedAt: snapshotAt });
      return { result: stocktake, recordIds: [stocktake.id] };
    },
    { alsoReads: [db.items, db.locations, db.stockLevels] },
  );
}
