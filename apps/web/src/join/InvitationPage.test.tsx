import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, refuse, reply } from '../testing/fakeApi.js';
import { MemoryStorage, renderWithApp } from '../testing/renderWithApp.js';
import { InvitationPage } from './InvitationPage.js';

const INVITE = 'abc123.sig';
const LOOKUP = `GET /api/invitations/lookup?invite=${encodeURIComponent(INVITE)}`;
const SUMMARY = {
  tableId: 'robotica',
  tableTitle: 'Competenze per la robotica industriale',
  eventTitle: 'Skills Intelligence Emilia-Romagna',
  role: 'participant',
};
const ACCEPTED = {
  token: 'tok',
  participantId: 'p-1',
  role: 'participant',
  tableId: 'robotica',
  name: 'Giulia Conti',
  organisation: 'Officine Reggiane',
  consent: true,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function open(language?: 'it' | 'en') {
  const navigate = vi.fn();
  const storage = new MemoryStorage();
  renderWithApp(<InvitationPage invite={INVITE} storage={storage} navigate={navigate} />, {
    storage,
    language,
  });
  return { storage, navigate };
}

describe('joining by invitation link', () => {
  it('shows which table, event and role the link opens', async () => {
    fakeApi({ [LOOKUP]: reply(200, SUMMARY) });
    open();
    expect(await screen.findByText('Competenze per la robotica industriale')).toBeTruthy();
    expect(screen.getByText('Skills Intelligence Emilia-Romagna')).toBeTruthy();
    expect(screen.getByText('Partecipi come: partecipante')).toBeTruthy();
  });

  it('asks for a name and an organisation before sending anything', async () => {
    const seen = fakeApi({ [LOOKUP]: reply(200, SUMMARY) });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Entra al tavolo' }));
    const name = screen.getByLabelText(/Nome e cognome/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Organizzazione/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Campo obbligatorio')).toHaveLength(2);
    expect(document.activeElement).toBe(name);
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('accepts, keeps the identity for the table and opens its board', async () => {
    const seen = fakeApi({
      [LOOKUP]: reply(200, SUMMARY),
      'POST /api/invitations/accept': reply(201, ACCEPTED),
    });
    const { navigate, storage } = open();
    await userEvent.type(await screen.findByLabelText(/Nome e cognome/), ' Giulia Conti ');
    await userEvent.type(screen.getByLabelText(/Organizzazione/), 'Officine Reggiane');
    await userEvent.click(screen.getByLabelText(/Acconsento/));
    await userEvent.click(screen.getByRole('button', { name: 'Entra al tavolo' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/t/robotica'));
    expect(seen.at(-1)?.body).toEqual({
      invite: INVITE,
      name: 'Giulia Conti',
      organisation: 'Officine Reggiane',
      consent: true,
    });
    expect(JSON.parse(storage.getItem('tavolo.identity.robotica') ?? '{}')).toMatchObject({
      participantId: 'p-1',
      token: 'tok',
      role: 'participant',
      name: 'Giulia Conti',
    });
  });

  it('shows the server’s field errors under the fields', async () => {
    fakeApi({
      [LOOKUP]: reply(200, SUMMARY),
      'POST /api/invitations/accept': refuse(400, 'invalid_body', { organisation: 'too_long:120' }),
    });
    const { navigate } = open();
    await userEvent.type(await screen.findByLabelText(/Nome e cognome/), 'Giulia');
    await userEvent.type(screen.getByLabelText(/Organizzazione/), 'X');
    await userEvent.click(screen.getByRole('button', { name: 'Entra al tavolo' }));
    expect(await screen.findByText('Al massimo 120 caratteri')).toBeTruthy();
    expect(screen.getByLabelText(/Organizzazione/).getAttribute('aria-invalid')).toBe('true');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('lets an observer open the projector view without filling anything', async () => {
    fakeApi({
      [LOOKUP]: reply(200, { ...SUMMARY, role: 'observer' }),
      'POST /api/invitations/accept': reply(201, {
        ...ACCEPTED,
        role: 'observer',
        name: '',
        organisation: '',
      }),
    });
    const { navigate } = open();
    await userEvent.click(await screen.findByRole('button', { name: 'Apri la vista proiettore' }));
    expect(screen.queryByLabelText(/Nome e cognome/)).toBeNull();
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/t/robotica/proiettore'));
  });

  it.each([
    [404, 'invitation_unknown', 'Questo invito non esiste. Controlla il link o il codice.'],
    [410, 'invitation_expired', 'Questo invito è scaduto.'],
    [410, 'invitation_revoked', 'Questo invito è stato revocato dalla segreteria.'],
    [409, 'event_archived', 'L’evento è concluso e archiviato: non è più possibile entrare.'],
  ])('explains a %i %s', async (status, code, message) => {
    fakeApi({ [LOOKUP]: refuse(status, code) });
    open();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByRole('link', { name: /Hai un codice/ }).getAttribute('href')).toBe('/entra');
  });

  it('speaks English when chosen', async () => {
    fakeApi({ [LOOKUP]: refuse(410, 'invitation_revoked') });
    open('en');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This invitation was revoked by the secretariat.',
    );
  });
});
