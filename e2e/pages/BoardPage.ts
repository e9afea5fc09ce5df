import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { joinedIdentity, type Person } from '../support/tokens.js';

/** A person at a table's board, in Italian (the default language). */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** A new browser context whose person joins `tableId` through the join form. */
  static async joined(browser: Browser, tableId: string, name: string, organisation: string) {
    const board = new BoardPage(await (await browser.newContext()).newPage());
    await board.open(tableId);
    await board.join(name, organisation);
    return board;
  }

  /** A new browser context of a person joined through the API (e.g. a moderator), on the board. */
  static async as(
    browser: Browser,
    tableId: string,
    person: Person,
    viewport?: { width: number; height: number },
    via: 'join' | 'invitation' = 'join',
    device: { hasTouch?: boolean } = {},
  ) {
    const context = await browser.newContext(viewport ? { viewport, ...device } : device);
    const identity = await joinedIdentity(context.request, tableId, person, via);
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      `tavolo.identity.${tableId}`,
      JSON.stringify(identity),
    ] as const);
    const board = new BoardPage(await context.newPage());
    await board.open(tableId);
    await expect(board.status()).toContainText('In linea');
    return board;
  }

  async open(tableId: string) {
    await this.page.goto(`/t/${tableId}`);
  }

  /** Fills the join form with a name and an organisation. */
  async join(name: string, organisation: string) {
    await this.page.getByLabel('Nome e cognome').fill(name);
    await this.page.getByLabel('Organizzazione').fill(organisation);
    await this.page.getByRole('button', { name: 'Entra' }).click();
    await expect(this.status()).toContainText('In linea');
  }

  /** The always-visible sync state. */
  status(): Locator {
    return this.page.locator('.connection');
  }

  timer(): Locator {
    return this.page.getByRole('timer');
  }

  phaseBanner(): Locator {
    return this.page.getByRole('region', { name: 'Fase della sessione' });
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The list of people at the table. */
  presence(): Locator {
    return this.page.getByRole('region', { name: 'Al tavolo' });
  }

  card(text: string): Locator {
    return this.page
      .locator('li.card')
      .filter({ has: this.page.locator('.card-text', { hasText: text }) });
  }

  async addCard(sectionTitle: string, text: string) {
    await this.page.getByLabel(`Nuovo contributo in «${sectionTitle}»`).fill(text);
    await this.section(sectionTitle).getByRole('button', { name: 'Aggiungi' }).click();
    await expect(this.card(text)).toBeVisible();
  }

  /** The menu button holding a card's actions (edit, delete, spotlight, grouping). */
  cardMenuButton(text: string): Locator {
    return this.card(text).getByRole('button', { name: /^Azioni su/ });
  }

  /** Opens a card's menu and picks one of its actions by name. */
  async chooseFromCardMenu(text: string, action: string) {
    await this.cardMenuButton(text).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
  }

  async editCard(oldText: string, label: string, newText: string) {
    await this.chooseFromCardMenu(oldText, 'Modifica');
    await this.page.getByLabel(label).fill(newText);
    await this.page.getByRole('button', { name: 'Salva' }).click();
  }

  /** Saves the whole page, or with `{ fullPage: false }` what the screen shows, to artifacts. */
  async screenshot(name: string, { fullPage = true } = {}) {
    await this.page.screenshot({ path: `artifacts/${name}.png`, fullPage });
  }
}
