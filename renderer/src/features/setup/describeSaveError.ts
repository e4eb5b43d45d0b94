import type { TFunction } from 'i18next';
import { CompanySetupRejected } from '../../db/repositories/companyRepository';
import { messageKeyOf } from './companyForm';

/** Why the company could not be stored, in the user's words; what they typed stays in the form. */
export function describeSaveError(error: unknown, t: TFunction): string {
  if (error instanceof CompanySetupRejected) {
    const reasons = error.issues.map((issue) => t(messageKeyOf(issue.message))).join(' ');
    return t('form.rejected', { reasons });
  }
  if (error instanceof Error && error.name === 'BooksReadOnly') return t('errors.readOnlyBackup');
  const message = error instanceof Error ? error.message : String(error);
  return t('form.saveFailed', { message });
}
