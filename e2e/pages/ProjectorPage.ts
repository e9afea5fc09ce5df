import type { Locator, Page } from '@playwright/test';

/** The wall screen of a table. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  async open(tableId: string) {
    await this.page.goto(`/t/${tableId}/proiettore`);
  }

  qr(): Locator {
    return this.page.getByRole('img', { name: /Codice QR per partecipare/ });
  }

  count(): Locator {
    return this.page.locator('.projector-count');
  }

  topItems(): Locator {
    return this.page.getByRole('region', { name: 'I più votati' });
  }
}
