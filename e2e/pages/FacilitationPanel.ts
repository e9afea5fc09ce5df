import { expect, type Locator, type Page } from '@playwright/test';

/** The moderator's facilitation aids in the panel: the agenda, and who has written and voted. */
export class FacilitationPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Conduzione del tavolo' });
  }

  agenda(): Locator {
    return this.panel().getByRole('group', { name: 'Programma della sessione' });
  }

  /** Opens the agenda (if folded), types minutes per phase (by the phase's name) and saves. */
  async setAgenda(minutes: Readonly<Record<string, string>>) {
    const summary = this.panel().getByText('Programma della sessione', { exact: true });
    const first = Object.keys(minutes)[0]!;
    if (!(await this.panel().getByLabel(first, { exact: true }).isVisible())) await summary.click();
    for (const [phase, value] of Object.entries(minutes)) {
      await this.panel().getByLabel(phase, { exact: true }).fill(value);
    }
    await this.panel().getByRole('button', { name: 'Salva il programma' }).click();
    await expect(this.panel().getByText('Programma salvato.')).toBeVisible();
  }

  /** The cells of a participant's row: contributions, dots used, dots left. */
  async participation(name: string): Promise<string[]> {
    const row = this.panel()
      .getByRole('table', { name: 'Chi ha scritto e votato' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
    return row.getByRole('cell').allTextContents();
  }

  participationSummary(): Locator {
    return this.panel().locator('.participation-summary');
  }
}
