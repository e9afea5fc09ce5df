import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, refuse, reply } from '../testing/fakeApi.js';
import { anEvent, openSecretariat, setUpSecretariatTests } from './testing.js';

setUpSecretariatTests();

describe('the new event form', () => {
  it('shows each field error the API names, and focuses the first', async () => {
    fakeApi({
      'POST /api/events': refuse(400, 'invalid_body', {
        title: 'required',
        date: 'format:YYYY-MM-DD',
        place: 'too_long:160',
      }),
    });
    openSecretariat('/segreteria/nuovo-evento');
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’evento' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Controlla i campi segnalati.');
    const title = screen.getByLabelText(/Titolo dell’evento/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(screen.getByText('Campo obbligatorio')).toBeTruthy();
    expect(screen.getByText('Formato non valido: serve YYYY-MM-DD')).toBeTruthy();
    expect(screen.getByText('Al massimo 160 caratteri')).toBeTruthy();
    expect(screen.getByLabelText(/Ora di inizio/).getAttribute('aria-invalid')).toBeNull();
  });

  it('says that nothing was saved when the server’s disk is full', async () => {
    fakeApi({ 'POST /api/events': refuse(507, 'storage_full') });
    openSecretariat('/segreteria/nuovo-evento');
    await userEvent.type(
      screen.getByLabelText(/Titolo dell’evento/),
      'Skills Intelligence Piacenza',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’evento' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Il disco del server è pieno: non è stato salvato nulla. Libera spazio e riprova.',
    );
    // The form stays open with what was typed, to send again once there is space.
    expect((screen.getByLabelText(/Titolo dell’evento/) as HTMLInputElement).value).toBe(
      'Skills Intelligence Piacenza',
    );
  });

  it('sends the fields and opens the new event', async () => {
    const created = anEvent({ id: 'giornata', title: 'Giornata delle competenze', tables: [] });
    const seen = fakeApi({
      'POST /api/events': reply(201, created),
      'GET /api/events/giornata': reply(200, created),
    });
    openSecretariat('/segreteria/nuovo-evento');
    await userEvent.type(
      screen.getByLabelText(/Titolo dell’evento/),
      ' Giornata delle competenze ',
    );
    const date = screen.getByLabelText(/Data/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-06-03');
    await userEvent.type(screen.getByLabelText('Luogo'), 'Tecnopolo di Reggio Emilia');
    await userEvent.selectOptions(screen.getByLabelText(/Lingua del position paper/), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Crea l’evento' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Giornata delle competenze' }),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/segreteria/eventi/giornata');
    expect(seen[0]).toMatchObject({
      method: 'POST',
      authorization: 'Bearer k',
      body: {
        title: 'Giornata delle competenze',
        date: '2026-06-03',
        startTime: '09:30',
        place: 'Tecnopolo di Reggio Emilia',
        organiser: '',
        language: 'en',
      },
    });
  });
});

describe('editing the event', () => {
  it('keeps a refusal until cancelled, forgets it on cancel, and closes once saved', async () => {
    let attempt = 0;
    let place = 'Tecnopolo DAMA, Bologna';
    const seen = fakeApi({
      'GET /api/events/skills-day': () => reply(200, anEvent({ place }))(),
      'PATCH /api/events/skills-day': (request) => {
        if (++attempt === 1) return refuse(400, 'invalid_body', { place: 'too_long:160' })();
        place = (request.body as { place: string }).place;
        return { status: 200, body: anEvent({ place }) };
      },
    });
    openSecretariat('/segreteria/eventi/skills-day');
    await userEvent.click(await screen.findByRole('button', { name: 'Modifica i dati' }));
    expect(screen.queryByRole('button', { name: 'Modifica i dati' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Controlla i campi segnalati.');
    expect(screen.getByText('Al massimo 160 caratteri')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Luogo'));

    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Modifica i dati' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Al massimo 160 caratteri')).toBeNull();

    const placeField = screen.getByLabelText('Luogo');
    await userEvent.clear(placeField);
    await userEvent.type(placeField, ' Bologna ');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByRole('button', { name: 'Modifica i dati' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
    expect(screen.getByText('Bologna')).toBeTruthy();
    expect(seen.filter((r) => r.method === 'PATCH').at(-1)?.body).toMatchObject({
      place: 'Bologna',
    });
  });
});

describe('the table form', () => {
  it('adds a table with its template and moderators, showing the API’s field errors first', async () => {
    let attempt = 0;
    const seen = fakeApi({
      'GET /api/events/skills-day': reply(200, anEvent({ tables: [] })),
      'POST /api/events/skills-day/tables': () =>
        ++attempt === 1
          ? refuse(400, 'invalid_body', {
              cluster: 'too_long:120',
              'moderators[1].name': 'required',
            })()
          : { status: 201, body: {} },
    });
    openSecretariat('/segreteria/eventi/skills-day');
    await userEvent.click(await screen.findByRole('button', { name: 'Aggiungi un tavolo' }));
    const form = screen.getByRole('group', { name: 'Nuovo tavolo' });
    await userEvent.type(within(form).getByLabelText(/Titolo del tavolo/), 'Idrogeno verde');
    await userEvent.type(within(form).getByLabelText(/^Cluster/), 'Clust-ER GREEN');
    await userEvent.selectOptions(within(form).getByLabelText('Modello della bacheca'), 'blank');
    const first = within(form).getByRole('group', { name: 'Moderatore 1' });
    await userEvent.type(within(first).getByLabelText(/Nome e cognome/), 'Anna Neri');
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi un moderatore' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi il tavolo' }));

    const second = await within(form).findByRole('group', { name: 'Moderatore 2' });
    expect(within(second).getByText('Campo obbligatorio')).toBeTruthy();
    expect(within(first).queryByText('Campo obbligatorio')).toBeNull();
    expect(within(form).getByText('Al massimo 120 caratteri')).toBeTruthy();
    expect(seen.at(-1)?.body).toEqual({
      title: 'Idrogeno verde',
      templateId: 'blank',
      cluster: 'Clust-ER GREEN',
      area: '',
      moderators: [
        { name: 'Anna Neri', organisation: '' },
        { name: '', organisation: '' },
      ],
    });

    await userEvent.click(within(second).getByRole('button', { name: 'Togli il moderatore 2' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi il tavolo' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Nuovo tavolo' })).toBeNull(),
    );
    expect(seen.filter((r) => r.method === 'POST').at(-1)?.body).toMatchObject({
      moderators: [{ name: 'Anna Neri', organisation: '' }],
    });
  });

  it('edits a table without sending its template', async () => {
    const seen = fakeApi({
      'GET /api/events/skills-day': reply(200, anEvent()),
      'PATCH /api/tables/robotica': reply(200, {}),
    });
    openSecretariat('/segreteria/eventi/skills-day');
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Modifica Competenze per la robotica industriale',
      }),
    );
    const area = screen.getByLabelText(/Area di specializzazione/);
    await userEvent.clear(area);
    await userEvent.type(area, 'Robotica');
    expect(screen.queryByLabelText('Modello della bacheca')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(() => expect(seen.some((r) => r.method === 'PATCH')).toBe(true));
    expect(seen.find((r) => r.method === 'PATCH')?.body).toEqual({
      title: 'Competenze per la robotica industriale',
      cluster: 'Clust-ER MECH',
      area: 'Robotica',
      moderators: [{ name: 'Federico Capucci', organisation: 'Clust-ER MECH' }],
    });
  });
});
