import { languageSchema, type Language } from '../../../../shared/i18n/languages';
import { isRegionalChoice, type RegionalChoice } from '../../../../shared/i18n/regional';
import { newId, now, writeWithAudit } from '../audit';
import type { BackofficeDb } from '../database';
import type { CompanyRecord, PreferencesRecord } from '../records';

/** What the first screen needs, read in one go at start. */
export type StartupSettings = { company: CompanyRecord | undefined; language: Language | undefined; regionalFormat: RegionalChoice };

export function createPreferencesRepository(db: BackofficeDb) {
  async function getPreferences(): Promise<PreferencesRecord | undefined> {
    const record = await db.settings.get('preferences');
    return record?.key === 'preferences' ? record : undefined;
  }

  /**
   * Stores the interface language; the choice survives restarts. The preferences live in the
   * books' database and travel with its backups and restores, so a change is a change of the
   * books like any other: audited, and seen by the backup. Choosing the language already
   * stored writes nothing.
   */
  async function setLanguage(language: Language): Promise<PreferencesRecord> {
    const checked = languageSchema.parse(language);
    const stored = await getPreferences();
    if (stored?.language === checked) return stored;
    return writeWithAudit(db, [db.settings], 'languageSet', async () => {
      const existing = await getPreferences();
      const at = now();
      const record: PreferencesRecord = {
        ...existing,
        key: 'preferences',
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        language: checked,
      };
      await db.settings.put(record);
      return { result: record, recordIds: [record.id] };
    });
  }

  /**
   * Stores the regional format ('auto' or a locale such as en-IE), like the language:
   * audited, in the books, unchanged choices write nothing. An unknown format is refused.
   */
  async function setRegionalFormat(choice: RegionalChoice): Promise<PreferencesRecord> {
    if (!isRegionalChoice(choice)) throw new RangeError(`Not a regional format: ${String(choice)}`);
    const stored = await getPreferences();
    if (stored && (stored.regionalFormat ?? 'auto') === choice) return stored;
    return writeWithAudit(db, [db.settings], 'regionalFormatSet', async () => {
      const existing = await getPreferences();
      const at = now();
      const record: PreferencesRecord = {
        language: 'en',
        ...existing,
        key: 'preferences',
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        regionalFormat: choice,
      };
      await db.settings.put(record);
      return { result: record, recordIds: [record.id] };
    });
  }

  /** The company, the saved language and regional format, in one read. */
  async function loadStartupSettings(): Promise<StartupSettings> {
    const [company, preferences] = await db.settings.bulkGet(['company', 'preferences']);
    const language = preferences?.key === 'preferences' ? languageSchema.safeParse(preferences.language) : undefined;
    return {
      company: company?.key === 'company' ? company : undefined,
      language: language?.success ? language.data : undefined,
      regionalFormat: preferences?.key === 'preferences' && isRegionalChoice(preferences.regionalFormat) ? preferences.regionalFormat : 'auto',
    };
  }

  return { getPreferences, setLanguage, setRegionalFormat, loadStartupSettings };
}

export type PreferencesRepository = ReturnType<typeof createPreferencesRepository>;
