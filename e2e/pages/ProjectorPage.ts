import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { joinedIdentity } from '../support/tokens.js';

/** The wall screen of a table. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  /**
   * A new browser context holding an observer identity for `tableId` (as the secretariat's
   * observer invitation gives), on the wall.
   */
  static async asObserver(
    browser: Browser,
    tableId: string,
    viewport = { width: 1366, height: 768 },
  ): Promise<ProjectorPage> {
    const context = await browser.newContext({ viewport });
    const observer = await joinedIdentity(context.request, tableId, {
      name: 'Proiettore sala',
      organisation: '',
      role: 'observer',
    });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      `tavolo.identity.${tableId}`,
      JSON.stringify(observer),
    ] as const);
    const wall = new ProjectorPage(await context.newPage());
    await wall.open(tableId);
    await expect(wall.page.locator('.connection')).toHaveAttribute('data-status', 'live');
    return wall;
  }

  async open(tableId: string) {
    await this.page.goto(`/t/${tableId}/proiettore`);
  }

  qr(): Locator {
    return this.page.getByRole('img', { name: /Codice QR per partecipare|QR code to join/ });
  }

  /** The short code shown under the QR code. */
  code(): Locator {
    return this.page.locator('[data-join-code]');
  }

  count(): Locator {
    return this.page.locator('.projector-count');
  }

  /** What the room discusses now: counts, the live board, the spotlight, the results. */
  stage(): Locator {
    return this.page.locator('.projector-stage');
  }

  /** A section's column on the live board. */
  column(sectionTitle: string): Locator {
    return this.page.getByRole('region', { name: sectionTitle, exact: true });
  }

  spotlight(): Locator {
    return this.page.locator('.spotlight-stage');
  }

  voteProgress(): Locator {
    return this.page.getByRole('region', { name: 'Avanzamento della votazione' });
  }

  topItems(): Locator {
    return this.page.getByRole('region', { name: 'I più votati' });
  }

  conclusions(): Locator {
    return this.page.getByRole('region', { name: 'Conclusioni del moderatore' });
  }

  async switchLanguage(name: 'Italiano' | 'English') {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Whether the page scrolls either way at its current size: the wall must not. */
  async overflow() {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return {
        vertical: root.scrollHeight > window.innerHeight,
        horizontal: root.scrollWidth > window.innerWidth,
      };
    });
  }

  async expectNoScrolling() {
    expect(await this.overflow()).toEqual({ vertical: false, horizontal: false });
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `artifacts/${name}.png` });
  }
}
