import { expect, type Locator, type Page } from '@playwright/test';

/** The event control room: one tile per table. */
export class ControlRoomPage {
  constructor(readonly page: Page) {}

  async open(eventId: string) {
    await this.page.goto(`/segreteria/eventi/${eventId}/regia`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Regia · / })).toBeVisible();
  }

  tile(tableTitle: string): Locator {
    return this.page.getByRole('article', { name: tableTitle, exact: true });
  }

  /** Waits until the table's board has arrived and its socket is live. */
  async waitLive(tableTitle: string) {
    await expect(this.tile(tableTitle).getByText('Dal vivo')).toBeVisible();
  }

  /** "N partecipanti collegati" of a table (moderators are not counted). */
  online(tableTitle: string): Locator {
    return this.tile(tableTitle).getByText(/^\d+ partecipant[ei] collegat[io]$/);
  }

  /** The count next to a section's name. */
  sectionCount(tableTitle: string, section: string): Locator {
    return this.tile(tableTitle)
      .getByRole('listitem')
      .filter({ hasText: section })
      .locator('.tile-count');
  }
}

/** How the control room words a number of participants online. */
export const peopleOnline = (n: number) =>
  n === 1 ? '1 partecipante collegato' : `${n} partecipanti collegati`;
