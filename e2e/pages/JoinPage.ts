import { expect, type Page } from '@playwright/test';

/** Joining a table by invitation link or by code, in Italian. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async openLink(url: string) {
    await this.page.goto(url);
    await expect(
      this.page.getByRole('heading', { name: 'Sei invitato a un tavolo' }),
    ).toBeVisible();
  }

  /** Types a code on /entra and submits it with the keyboard. */
  async enterCode(code: string) {
    await this.page.goto('/entra');
    await this.page.getByLabel('Codice del tavolo').fill(code);
    await this.page.keyboard.press('Enter');
    await expect(
      this.page.getByRole('heading', { name: 'Sei invitato a un tavolo' }),
    ).toBeVisible();
  }

  /** Fills the form and joins; the board opens and says it is in sync. */
  async join(name: string, organisation: string) {
    await this.page.getByLabel('Nome e cognome').fill(name);
    await this.page.getByLabel('Organizzazione').fill(organisation);
    await this.page.getByLabel('Acconsento a essere nominato nel position paper').check();
    await this.page.getByRole('button', { name: 'Entra al tavolo' }).click();
    // A moderator's board has other status lines (the paper's): the sync state says "In linea".
    await expect(this.page.getByRole('status').filter({ hasText: /In linea/ })).toBeVisible();
  }
}
