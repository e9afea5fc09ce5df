import { expect, type Browser, type Locator } from '@playwright/test';
import { BoardPage } from './BoardPage.js';

/** The moderator of a table, on a laptop, driving it through the moderator panel. */
export class ModeratorPage extends BoardPage {
  static async open(
    browser: Browser,
    tableId: string,
    viewport?: { width: number; height: number },
    device: { hasTouch?: boolean } = {},
  ) {
    const board = await BoardPage.as(
      browser,
      tableId,
      {
        name: 'Federico Marchi',
        organisation: 'Clust-ER MECH',
        role: 'moderator',
      },
      viewport,
      'join',
      device,
    );
    return new ModeratorPage(board.page);
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Conduzione del tavolo' });
  }

  /** Moves the table to a phase with the stepper, and waits until the board says so. */
  async goToPhase(phase: string) {
    await this.panel()
      .getByRole('navigation', { name: 'Fasi della sessione' })
      .getByRole('button', { name: phase, exact: true })
      .click();
    await expect(this.phaseBanner()).toContainText(phase);
  }

  /** The button that folds the panel's controls away (and back). */
  panelToggle(): Locator {
    return this.panel().getByRole('button', { name: /controlli|Mostra timer/ });
  }

  /** A card's grip: Space picks the card up, arrows choose where it goes, Space drops it. */
  dragHandle(text: string): Locator {
    return this.card(text).getByRole('button', { name: /^Sposta «/ });
  }

  async startTimer(minutes: number) {
    await this.panel().getByLabel('Minuti').fill(String(minutes));
    await this.panel().getByRole('button', { name: 'Avvia' }).click();
  }

  async createGroup(sectionTitle: string, heading: string) {
    await this.page.getByLabel(`Nuovo gruppo in «${sectionTitle}»`).fill(heading);
    await this.section(sectionTitle).getByRole('button', { name: 'Crea gruppo' }).click();
  }

  group(heading: string): Locator {
    return this.page
      .locator('section.group')
      .filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  async setVoteBudget(dots: number) {
    await this.panel().getByLabel('Punti per persona in ogni sezione').fill(String(dots));
  }
}
