import { expect, type Locator, type Page } from '@playwright/test';

/** The sections editor in the moderator's panel (Italian). */
export class SectionsEditor {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.locator('details.sections-editor');
  }

  /** Opens the editor if it is closed. */
  async open() {
    if (!(await this.root().evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.root().locator('summary').click();
    }
  }

  async add(kind: string, title: string) {
    await this.root().getByLabel('Tipo di contributo').selectOption({ label: kind });
    await this.root().getByLabel('Titolo della nuova sezione').fill(title);
    await this.root().getByRole('button', { name: 'Aggiungi sezione' }).click();
    await expect(this.root().getByRole('status')).toHaveText(`Sezione «${title}» aggiunta.`);
  }

  /** The title boxes, in board order. */
  titles(): Locator {
    return this.root().getByRole('list').getByRole('textbox');
  }

  async rename(position: number, title: string) {
    const box = this.root().getByLabel(`Titolo della sezione ${position}`);
    await box.fill(title);
    await box.press('Enter');
    await expect(this.root().getByRole('status')).toHaveText(`Sezione rinominata in «${title}».`);
  }

  async moveUp(title: string) {
    await this.root()
      .getByRole('button', { name: `Sposta «${title}» su` })
      .click();
  }

  removeButton(title: string): Locator {
    return this.root().getByRole('button', { name: `Rimuovi «${title}»` });
  }
}
