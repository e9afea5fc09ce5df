import { expect, type Locator, type Page } from '@playwright/test';

/** A person at a table's board, in Italian (the default language). */
export class BoardPage {
  constructor(readonly page: Page) {}

  async open(tableId: string) {
    await this.page.goto(`/t/${tableId}`);
  }

  /** Fills the join form with a name and an organisation. */
  async join(name: string, organisation: string) {
    await this.page.getByLabel('Nome e cognome').fill(name);
    await this.page.getByLabel('Organizzazione').fill(organisation);
    await this.page.getByRole('button', { name: 'Entra' }).click();
    await expect(this.page.getByRole('status')).toHaveText(/In linea/);
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The list of people at the table. */
  presence(): Locator {
    return this.page.getByRole('region', { name: 'Al tavolo' });
  }

  card(text: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }

  async addCard(sectionTitle: string, text: string) {
    await this.page.getByLabel(`Nuovo contributo in «${sectionTitle}»`).fill(text);
    await this.section(sectionTitle).getByRole('button', { name: 'Aggiungi' }).click();
  }

  async editCard(oldText: string, newText: string) {
    await this.card(oldText)
      .getByRole('button', { name: /^Modifica/ })
      .click();
    const box = this.page.getByLabel('Testo del contributo');
    await box.fill(newText);
    await this.page.getByRole('button', { name: 'Salva' }).click();
  }
}
