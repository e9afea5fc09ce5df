import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionProvider } from '../board/ConnectionContext.js';
import { fakeApi, reply } from '../testing/fakeApi.js';
import { fakeConnection, memoryBoard, PEOPLE } from '../testing/renderBoard.js';
import { MemoryStorage, renderWithApp } from '../testing/renderWithApp.js';
import { ProjectorScreen } from './ProjectorScreen.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const JOIN_INFO = 'GET /api/tables/robotica/join-info';

function open(options: { language?: 'it' | 'en' } = {}) {
  const connection = fakeConnection(
    memoryBoard('sharing'),
    { id: 'wall', role: 'observer' },
    PEOPLE,
  );
  const storage = new MemoryStorage();
  renderWithApp(
    <ConnectionProvider connection={connection}>
      <ProjectorScreen connection={connection} tableId="robotica" token="tok" />
    </ConnectionProvider>,
    { storage, ...options },
  );
  return storage;
}

describe('the projector’s frame', () => {
  it('shows the short join page and the code, asked for with the wall’s token', async () => {
    const seen = fakeApi({
      [JOIN_INFO]: reply(200, { code: 'K7P4QX', url: 'https://tavolo.test/i/a.b', language: 'it' }),
    });
    open();
    expect(await screen.findByText('K7P4QX')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Codice QR/ }).getAttribute('data-qr-text')).toBe(
      'https://tavolo.test/entra?codice=K7P4QX',
    );
    expect(screen.getByText('tavolo.test').parentElement?.textContent).toBe('tavolo.test/entra');
    expect(seen.find((r) => r.path.endsWith('/join-info'))?.authorization).toBe('Bearer tok');
    // Two participants in the directory; the moderator is not counted.
    expect(screen.getByText('2 partecipanti')).toBeTruthy();
  });

  it('speaks the event’s language on a device where nobody chose one, without keeping it', async () => {
    fakeApi({
      [JOIN_INFO]: reply(200, { code: 'K7P4QX', url: 'https://t.test/i/a.b', language: 'en' }),
    });
    const storage = open();
    expect(await screen.findByText('K7P4QX')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Join from your phone' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^English/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(storage.getItem('tavolo.language')).toBeNull();
  });

  it('keeps the language chosen on this device', async () => {
    fakeApi({
      [JOIN_INFO]: reply(200, { code: 'K7P4QX', url: 'https://t.test/i/a.b', language: 'en' }),
    });
    open({ language: 'it' });
    expect(await screen.findByText('K7P4QX')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Partecipa dal telefono' })).toBeTruthy();
  });
});
