import { expect, type Locator } from '@playwright/test';
import type { BoardPage } from './BoardPage.js';

/** The comments of one card, on one person's board. */
export class CardComments {
  constructor(
    private readonly board: BoardPage,
    private readonly cardText: string,
  ) {}

  /** The button on the card that shows the count and opens the thread. */
  toggle(): Locator {
    return this.board.card(this.cardText).locator('.comments-toggle');
  }

  /** The open thread. */
  thread(): Locator {
    return this.board.card(this.cardText).getByRole('region', { name: /^Commenti a «/ });
  }

  async open() {
    if ((await this.toggle().getAttribute('aria-expanded')) !== 'true') await this.toggle().click();
    await expect(this.thread()).toBeVisible();
  }

  comment(text: string): Locator {
    return this.thread()
      .locator('li.comment')
      .filter({ has: this.board.page.locator('.comment-text', { hasText: text }) });
  }

  async add(text: string) {
    await this.open();
    await this.thread().getByLabel('Il tuo commento').fill(text);
    await this.thread().getByRole('button', { name: 'Invia' }).click();
    await expect(this.comment(text)).toBeVisible();
  }

  async edit(oldText: string, newText: string) {
    await this.comment(oldText)
      .getByRole('button', { name: /^Modifica il tuo commento/ })
      .click();
    await this.thread().getByLabel('Testo del commento').fill(newText);
    await this.thread().getByRole('button', { name: 'Salva' }).click();
    await expect(this.comment(newText)).toBeVisible();
  }

  /** Deletes one's own comment (`Elimina`) or, as the moderator, removes anyone's (`Rimuovi`). */
  async delete(text: string, verb: 'Elimina il tuo commento' | 'Rimuovi il commento') {
    const item = this.comment(text);
    await item.getByRole('button', { name: new RegExp(`^${verb}`) }).click();
    await item.getByRole('button', { name: /^Conferma/ }).click();
    await expect(item).toHaveCount(0);
  }
}
