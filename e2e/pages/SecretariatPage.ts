import { expect, type Locator, type Page } from '@playwright/test';

/** An invitation as the secretariat sees it on the event page. */
export interface HandedInvitation {
  readonly url: string;
  readonly code: string;
}

/** The secretariat's pages, in Italian (the default language). */
export class SecretariatPage {
  constructor(readonly page: Page) {}

  /** Opens the link the server prints at start, with the key in the fragment. */
  async signIn(key: string) {
    await this.page.goto(`/segreteria#chiave=${encodeURIComponent(key)}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Eventi' })).toBeVisible();
  }

  async openEvent(title: string) {
    await this.page.goto('/segreteria');
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async openNewEventForm() {
    await this.page.getByRole('link', { name: 'Nuovo evento' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nuovo evento' })).toBeVisible();
  }

  /** Fills the new event form (opened by openNewEventForm) and creates the event. */
  async createEvent(event: { title: string; date: string; startTime: string; place: string }) {
    await this.page.getByLabel('Titolo dell’evento').fill(event.title);
    await this.page.getByLabel('Data').fill(event.date);
    await this.page.getByLabel('Ora di inizio').fill(event.startTime);
    await this.page.getByLabel('Luogo').fill(event.place);
    await this.page.getByRole('button', { name: 'Crea l’evento' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
  }

  /** The id of the event shown, from the address. */
  eventId(): string {
    return new URL(this.page.url()).pathname.split('/')[3] ?? '';
  }

  /** Opens the print sheet of the event shown; `code` must be on it. */
  async openPrintSheet(code: string) {
    await this.page.getByRole('link', { name: 'Foglio da stampare' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Foglio da stampare' }),
    ).toBeVisible();
    await expect(this.page.getByText(code, { exact: true })).toBeVisible();
  }

  table(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  async addTable(table: { title: string; cluster: string; moderator: string }) {
    await this.page.getByRole('button', { name: 'Aggiungi un tavolo' }).click();
    const form = this.page.getByRole('group', { name: 'Nuovo tavolo' });
    await form.getByLabel('Titolo del tavolo').fill(table.title);
    await form.getByLabel('Cluster').fill(table.cluster);
    await form
      .getByRole('group', { name: 'Moderatore 1' })
      .getByLabel('Nome e cognome')
      .fill(table.moderator);
    await form.getByRole('button', { name: 'Aggiungi il tavolo' }).click();
    await expect(this.table(table.title)).toBeVisible();
  }

  /** Hands out an invitation for a table; `note` tells it apart from the others. */
  async invite(tableTitle: string, role: string, note: string): Promise<HandedInvitation> {
    const table = this.table(tableTitle);
    await table.getByRole('button', { name: `Nuovo invito per ${tableTitle}` }).click();
    await table.getByLabel('Per chi').selectOption({ label: role });
    await table.getByLabel('Nota (facoltativa)').fill(note);
    await table.getByRole('button', { name: 'Crea l’invito' }).click();
    const linkLabel = `Link dell’invito ${role} · ${note}`;
    const link = table.getByLabel(linkLabel);
    await expect(link).toBeVisible();
    const item = table.getByRole('listitem').filter({ has: this.page.getByLabel(linkLabel) });
    return {
      url: await link.inputValue(),
      code: (await item.getByText(/^[A-Z2-9]{6}$/).textContent()) ?? '',
    };
  }
}
