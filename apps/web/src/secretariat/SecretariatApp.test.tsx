import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, refuse, type SeenRequest } from '../testing/fakeApi.js';
import { MemoryStorage } from '../testing/renderWithApp.js';
import { anEventSummary, KEY_ITEM, renderSecretariat, setUpSecretariatTests } from './testing.js';

const EVENT = anEventSummary({ tables: 4 });

/** Answers the events list only to `key`, as the server does. */
function serverWithKey(key: string): SeenRequest[] {
  return fakeApi({
    'GET /api/events': (request) =>
      request.authorization === `Bearer ${key}`
        ? { status: 200, body: { events: [EVENT] } }
        : refuse(401, 'unauthorised')(),
  });
}

setUpSecretariatTests();
beforeEach(() => window.history.replaceState(null, '', '/segreteria'));

describe('the secretariat key', () => {
  it('comes from #chiave=, is kept on the device and leaves the address bar', async () => {
    window.history.replaceState(null, '', '/segreteria#chiave=k-123');
    const seen = serverWithKey('k-123');
    const storage = renderSecretariat();
    expect(await screen.findByRole('link', { name: EVENT.title })).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/segreteria');
    expect(storage.getItem(KEY_ITEM)).toBe('k-123');
    expect(seen[0]?.authorization).toBe('Bearer k-123');
  });

  it('is read from the device on a later visit', async () => {
    serverWithKey('kept');
    const storage = new MemoryStorage();
    storage.setItem(KEY_ITEM, 'kept');
    renderSecretariat(storage);
    expect(await screen.findByRole('link', { name: EVENT.title })).toBeTruthy();
  });

  it('is asked for when missing, and must not be empty', async () => {
    const seen = serverWithKey('pasted');
    const storage = renderSecretariat();
    expect(screen.getByRole('heading', { name: 'Accesso della segreteria' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(screen.getByText('Campo obbligatorio')).toBeTruthy();
    expect(seen).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/Chiave della segreteria/), '  pasted ');
    await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByRole('link', { name: EVENT.title })).toBeTruthy();
    expect(storage.getItem(KEY_ITEM)).toBe('pasted');
  });

  it('says when the key is wrong, forgets it and asks again', async () => {
    window.history.replaceState(null, '', '/segreteria#chiave=wrong');
    serverWithKey('right');
    const storage = renderSecretariat();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'La chiave non è corretta. Controlla e incollala di nuovo.',
    );
    expect(screen.getByLabelText(/Chiave della segreteria/)).toBeTruthy();
    expect(storage.getItem(KEY_ITEM)).toBe('');
    await userEvent.type(screen.getByLabelText(/Chiave della segreteria/), 'right');
    await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByRole('link', { name: EVENT.title })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is forgotten on sign out', async () => {
    serverWithKey('kept');
    const storage = new MemoryStorage();
    storage.setItem(KEY_ITEM, 'kept');
    renderSecretariat(storage);
    await userEvent.click(await screen.findByRole('button', { name: 'Esci' }));
    expect(screen.getByRole('heading', { name: 'Accesso della segreteria' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storage.getItem(KEY_ITEM)).toBe('');
  });
});
