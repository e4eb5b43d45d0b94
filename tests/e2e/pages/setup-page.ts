import { expect, type Page } from '@playwright/test';

export type SetupAnswers = {
  name: string;
  address?: string;
  taxNumber?: string;
  /** EUR unless given. */
  currency?: string;
  /** ISO 3166 code; US unless given, so dates stay MM/DD/YYYY as the older tests expect. */
  country?: string;
};

/** First-run setup, as the office manager fills it in (English screen). */
export async function completeSetup(page: Page, answers: SetupAnswers): Promise<void> {
  await page.getByLabel('Company name').fill(answers.name);
  if (answers.address !== undefined) await page.getByLabel('Address').fill(answers.address);
  if (answers.taxNumber !== undefined) await page.getByLabel('Tax number').fill(answers.taxNumber);
  // The country first: choosing it proposes a currency, which the answer then overrides.
  await page.getByLabel('Country').selectOption(answers.country ?? 'US');
  await page.getByLabel('Base currency').fill(answers.currency ?? 'EUR');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByRole('heading', { name: answers.name })).toBeVisible();
}
