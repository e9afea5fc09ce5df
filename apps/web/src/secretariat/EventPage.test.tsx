import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, refuse, reply } from '../testing/fakeApi.js';
import {
  anEvent,
  anInvitation,
  aTable,
  openSecretariat,
  setUpSecretariatTests,
} from './testing.js';

const TABLE = 'Competenze per la robotica industriale';

const openEvent = () => openSecretariat('/segreteria/eventi/skills-day');

setUpSecretariatTests();

describe('invitations on the event page', () => {
  it('hands out an invitation by role, then shows its code and QR code', async () => {
    const invitation = anInvitation({ role: 'moderator', label: 'Federico Capucci' });
    let created = false;
    const seen = fakeApi({
      'GET /api/events/skills-day': () =>
        reply(200, anEvent({ tables: [aTable({ invitations: created ? [invitation] : [] })] }))(),
      'POST /api/tables/robotica/invitations': () => {
        created = true;
        return { status: 201, body: invitation };
      },
    });
    openEvent();
    expect(await screen.findByText('Nessun invito valido.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: `Nuovo invito per ${TABLE}` }));
    await userEvent.selectOptions(screen.getByLabelText('Per chi'), 'moderator');
    await userEvent.type(screen.getByLabelText('Nota (facoltativa)'), 'Federico Capucci');
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’invito' }));
    expect(await screen.findByText('K7QM2X')).toBeTruthy();
    expect(seen.find((r) => r.method === 'POST')?.body).toEqual({
      role: 'moderator',
      label: 'Federico Capucci',
    });
    expect(screen.getByDisplayValue('http://localhost/i/inv-1.sig')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mostra il QR' }));
    const qr = screen.getByRole('img', {
      name: `Codice QR dell’invito Moderatore · Federico Capucci per ${TABLE}`,
    });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('revokes an invitation after asking', async () => {
    let revoked = false;
    const seen = fakeApi({
      'GET /api/events/skills-day': () =>
        reply(
          200,
          anEvent({
            tables: [aTable({ invitations: [anInvitation({ revokedAt: revoked ? 5 : null })] })],
          }),
        )(),
      'DELETE /api/invitations/inv-1': () => {
        revoked = true;
        return { status: 204 };
      },
    });
    openEvent();
    await userEvent.click(await screen.findByRole('button', { name: 'Revoca' }));
    expect(seen.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Sì, revoca' }));
    expect(await screen.findByText('Inviti revocati o scaduti (1)')).toBeTruthy();
    expect(screen.getByText('Nessun invito valido.')).toBeTruthy();
    expect(screen.queryByText('K7QM2X')).toBeNull();
  });
});

describe('closing an event', () => {
  it('archives after asking, and then offers no more changes', async () => {
    let archivedAt: number | null = null;
    const seen = fakeApi({
      'GET /api/events/skills-day': () => reply(200, anEvent({ archivedAt }))(),
      'POST /api/events/skills-day/archive': () => {
        archivedAt = Date.now();
        return { status: 200, body: anEvent({ archivedAt }) };
      },
    });
    openEvent();
    await userEvent.click(await screen.findByRole('button', { name: 'Archivia l’evento' }));
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, archivia' }));
    expect(await screen.findByText('Evento archiviato.')).toBeTruthy();
    expect(seen.some((r) => r.path === '/api/events/skills-day/archive')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Aggiungi un tavolo' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Nuovo invito/ })).toBeNull();
  });

  it('forgets a refused archiving when cancelled, and asks again from the start', async () => {
    fakeApi({
      'GET /api/events/skills-day': reply(200, anEvent()),
      'POST /api/events/skills-day/archive': refuse(409, 'event_archived'),
    });
    openEvent();
    await userEvent.click(await screen.findByRole('button', { name: 'Archivia l’evento' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, archivia' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'L’evento è archiviato: non si può più modificare.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Archivia l’evento' }));
    expect(document.activeElement).toBe(screen.getByRole('alertdialog'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes only once the title is typed exactly', async () => {
    const seen = fakeApi({
      'GET /api/events/skills-day': reply(200, anEvent()),
      'DELETE /api/events/skills-day': reply(204),
      'GET /api/events': reply(200, { events: [] }),
    });
    openEvent();
    await userEvent.click(await screen.findByRole('button', { name: 'Elimina l’evento' }));
    const confirm = screen.getByRole('button', { name: 'Elimina definitivamente' });
    const box = screen.getByLabelText(/Per confermare scrivi il titolo/);
    await userEvent.type(box, 'Skills Intelligence');
    expect(confirm).toHaveProperty('disabled', true);
    await userEvent.type(box, ' Emilia-Romagna');
    expect(confirm).toHaveProperty('disabled', false);
    await userEvent.click(confirm);
    expect(await screen.findByText('Nessun evento ancora. Crea il primo.')).toBeTruthy();
    expect(window.location.pathname).toBe('/segreteria');
    expect(seen.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/api/events/skills-day',
    ]);
  });
});

describe('the event paper', () => {
  it('downloads the chosen format with the key', async () => {
    const seen = fakeApi({
      'GET /api/events/skills-day': reply(200, anEvent()),
      'GET /api/events/skills-day/paper?format=xlsx&lang=en': reply(200, {}),
    });
    // jsdom has no object URLs; this file's environment is its own.
    URL.createObjectURL = vi.fn(() => 'blob:paper');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    openEvent();
    await userEvent.selectOptions(await screen.findByLabelText('Formato'), 'xlsx');
    await userEvent.selectOptions(screen.getByLabelText('Lingua del testo'), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Scarica' }));
    expect(await screen.findByText('Download avviato.')).toBeTruthy();
    expect(clicked).toEqual(['skills-day-position-paper.xlsx']);
    const paper = seen.find((r) => r.path.includes('/paper'));
    expect(paper?.authorization).toBe('Bearer k');
  });
});
