import type { Page } from 'playwright-core';

/** Fills the required fields of the case form's overview tab, as an editor would. */
export async function fillCaseOverview(page: Page, reference: string): Promise<void> {
  await page.locator('input[name="reference"]').fill(reference);
  await page.locator('input[name="title"]').fill('Forced labour of migrants on farms near Shymkent');
  await page.locator('input[name="jurisdiction"]').fill('Kazakh');
  await page.getByRole('option', { name: 'Kazakhstan' }).click();
  await page.getByRole('combobox', { name: /language/i }).click();
  await page.getByRole('option', { name: /Russian/ }).click();
  await page.locator('input[name="court.name"]').fill('Shymkent city court');
}
