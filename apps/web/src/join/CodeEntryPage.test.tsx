import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, refuse, reply } from '../testing/fakeApi.js';
import { MemoryStorage, renderWithApp } from '../testing/renderWithApp.js';
import { CodeEntryPage } from './CodeEntryPage.js';

const SUMMARY = {
  tableId: 'oleodinamica',
  tableTitle: 'Competenze per le applicazioni oleodinamiche',
  eventTitle: 'Skills Intelligence Emilia-Romagna',
  role: 'moderator',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open() {
  const navigate = vi.fn();
  const storage = new MemoryStorage();
  renderWithApp(<CodeEntryPage storage={storage} navigate={navigate} />, { storage });
  return { navigate, storage };
}

describe('joining with a short code', () => {
  it('ignores case, spaces and dashes, then asks for the person', async () => {
    const seen = fakeApi({ 'GET /api/invitations/lookup?code=K7QM2X': reply(200, SUMMARY) });
    open();
    await userEvent.type(screen.getByLabelText('Codice del tavolo'), 'k7q - m2 x');
    await userEvent.click(screen.getByRole('button', { name: 'Continua' }));
    expect(await screen.findByText('Competenze per le applicazioni oleodinamiche')).toBeTruthy();
    expect(screen.getByText('Partecipi come: moderatore')).toBeTruthy();
    expect(seen.map((r) => r.path)).toEqual(['/api/invitations/lookup?code=K7QM2X']);
  });

  it('looks up a moderator’s longer code too', async () => {
    const seen = fakeApi({ 'GET /api/invitations/lookup?code=K7QM2XR8TP': reply(200, SUMMARY) });
    open();
    await userEvent.type(screen.getByLabelText('Codice del tavolo'), 'K7QM2-XR8TP');
    await userEvent.click(screen.getByRole('button', { name: 'Continua' }));
    expect(await screen.findByText('Partecipi come: moderatore')).toBeTruthy();
    expect(seen.map((r) => r.path)).toEqual(['/api/invitations/lookup?code=K7QM2XR8TP']);
  });

  it('accepts with the normalised code and opens the board', async () => {
    const seen = fakeApi({
      'GET /api/invitations/lookup?code=K7QM2X': reply(200, SUMMARY),
      'POST /api/invitations/accept': reply(201, {
        token: 't',
        participantId: 'm-1',
        role: 'moderator',
        tableId: 'oleodinamica',
        name: 'Giulia Neri',
        organisation: 'Clust-ER MECH',
        consent: false,
      }),
    });
    const { navigate, storage } = open();
    await userEvent.type(screen.getByLabelText('Codice del tavolo'), 'k7qm2x');
    await userEvent.click(screen.getByRole('button', { name: 'Continua' }));
    await userEvent.type(await screen.findByLabelText(/Nome e cognome/), 'Giulia Neri');
    await userEvent.type(screen.getByLabelText(/Organizzazione/), 'Clust-ER MECH');
    await userEvent.click(screen.getByRole('button', { name: 'Entra al tavolo' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/t/oleodinamica'));
    expect(seen.at(-1)?.body).toMatchObject({ code: 'K7QM2X', name: 'Giulia Neri' });
    expect(storage.getItem('tavolo.identity.oleodinamica')).toContain('"role":"moderator"');
  });

  it('looks up the code the projector’s QR code carries as soon as the page opens', async () => {
    const seen = fakeApi({ 'GET /api/invitations/lookup?code=K7QM2X': reply(200, SUMMARY) });
    const storage = new MemoryStorage();
    renderWithApp(<CodeEntryPage storage={storage} navigate={vi.fn()} initialCode="k7qm2x" />, {
      storage,
    });
    expect(await screen.findByText('Partecipi come: moderatore')).toBeTruthy();
    expect(seen.map((r) => r.path)).toEqual(['/api/invitations/lookup?code=K7QM2X']);
  });

  it('says a code has six characters without asking the server', async () => {
    const seen = fakeApi({});
    open();
    await userEvent.type(screen.getByLabelText('Codice del tavolo'), 'AB-12');
    await userEvent.click(screen.getByRole('button', { name: 'Continua' }));
    expect(screen.getByText('Il codice ha 6 caratteri.')).toBeTruthy();
    expect(screen.getByLabelText('Codice del tavolo').getAttribute('aria-invalid')).toBe('true');
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['invitation_unknown', 404, 'Questo invito non esiste. Controlla il link o il codice.'],
    ['invitation_expired', 410, 'Questo invito è scaduto.'],
    ['rate_limited', 429, 'Troppi tentativi da questa rete. Attendi un minuto e riprova.'],
  ])('explains %s', async (code, status, message) => {
    fakeApi({ 'GET /api/invitations/lookup?code=ZZZZZZ': refuse(status, code) });
    open();
    await userEvent.type(screen.getByLabelText('Codice del tavolo'), 'zzzzzz');
    await userEvent.click(screen.getByRole('button', { name: 'Continua' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByLabelText(/Nome e cognome/)).toBeNull();
  });
});
