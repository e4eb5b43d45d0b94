import { beforeAll, describe, expect, it } from 'vitest';
import { contentFindingKeys } from '../../db/backup/contentFindings';
import { BackupContentInvalid } from '../../db/backup/types';
import { i18n, startI18n } from '../../i18n';
import { describeBackupError } from './describeBackupError';

beforeAll(() => startI18n('en'));

describe('describeBackupError for a backup whose records break the rules', () => {
  const unbalanced = new BackupContentInvalid({ table: 'entryBlocks', key: 'entryUnbalanced', params: { entry: '2026-0042', id: '01E', date: '2026-03-12', currency: 'EUR' } });

  it('says which table and entry, what is wrong, that nothing changed, and what to do — in each language', () => {
    expect(describeBackupError(unbalanced, i18n.getFixedT('en'))).toBe(
      'This backup cannot be used: its records do not agree with each other (table “Journal entries, in monthly blocks”). ' +
        'In entry 2026-0042 of 2026-03-12, debits and credits in EUR are not equal. ' +
        'Nothing was changed: your current books are as they were. Use another backup instead — an earlier one, or a copy kept on another drive.',
    );
    expect(describeBackupError(unbalanced, i18n.getFixedT('ru'))).toBe(
      'Эту копию нельзя использовать: её записи противоречат друг другу (таблица «Проводки (помесячными блоками)»). ' +
        'В проводке 2026-0042 от 2026-03-12 дебет и кредит в EUR не равны. ' +
        'Ничего не изменено: текущие данные остались прежними. Воспользуйтесь другой копией — более ранней или той, что хранится на другом диске.',
    );
    expect(describeBackupError(unbalanced, i18n.getFixedT('hu'))).toBe(
      'Ez a mentés nem használható, mert a rekordjai ellentmondanak egymásnak („Könyvelési tételek, havi blokkokban” tábla). ' +
        'A(z) 2026-0042 számú, 2026-03-12 keltű tételben a tartozik és a követel oldal EUR pénznemben nem egyenlő. ' +
        'Semmi sem változott: a jelenlegi könyvek olyanok maradtak, amilyenek voltak. Használjon helyette egy másik mentést — egy korábbit, vagy egy másik meghajtón őrzött másolatot.',
    );
  });

  it('has a text for every finding in every language, with no placeholder left open', () => {
    const params = { entry: '7', id: 'e7', date: '2026-01-02', line: 1, account: 'Bank', currency: 'EUR', period: '2026-01', block: 0, code: 'V27', reference: 'x', item: 'P-A4 Copy paper' };
    for (const language of ['en', 'ru', 'hu']) {
      for (const key of contentFindingKeys) {
        const text = describeBackupError(new BackupContentInvalid({ table: 'accounts', key, params }), i18n.getFixedT(language));
        expect(text, `${language}: ${key}`).not.toMatch(/backup\.content|\{\{/);
      }
    }
  });
});
