import { companySetupSchema, type CompanySetupInput } from '../../../../shared/company';
import { newId, now, writeWithAudit } from '../audit';
import type { BackofficeDb } from '../database';
import type { CompanyRecord } from '../records';

/** One field the company setup refused, with its message key (`validation.*`). */
export type SetupIssue = { path: string; message: string };

/** Thrown when a company setup does not pass the schema; nothing was written. */
export class CompanySetupRejected extends Error {
  readonly issues: SetupIssue[];
  constructor(issues: SetupIssue[]) {
    super(`The company setup was refused: ${issues.map((issue) => issue.path || '(form)').join(', ')}.`);
    this.name = 'CompanySetupRejected';
    this.issues = issues;
  }
}

export function createCompanyRepository(db: BackofficeDb) {
  /** The company record, or undefined before the first-run setup. */
  async function getCompany(): Promise<CompanyRecord | undefined> {
    const record = await db.settings.get('company');
    return record?.key === 'company' ? record : undefined;
  }

  /**
   * Validates the setup and stores it with its activity-log entry in one transaction:
   * the first time as 'companySetUp', afterwards as 'companyChanged'.
   */
  async function saveCompanySetup(input: CompanySetupInput): Promise<CompanyRecord> {
    const parsed = companySetupSchema.safeParse(input);
    if (!parsed.success) {
      throw new CompanySetupRejected(
        parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      );
    }
    const setup = parsed.data;
    return db.transaction('rw', [db.settings, db.auditLog], async () => {
      const existing = await getCompany();
      return writeWithAudit(db, [db.settings], existing ? 'companyChanged' : 'companySetUp', async () => {
        const at = now();
        const record: CompanyRecord = {
          ...setup,
          key: 'company',
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        };
        await db.settings.put(record);
        return { result: record, recordIds: [record.id] };
      });
    });
  }

  return { getCompany, saveCompanySetup };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
