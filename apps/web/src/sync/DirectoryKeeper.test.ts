import { describe, expect, it } from 'vitest';
import { fakeProvider } from '../testing/fakeProvider.js';
import { DirectoryKeeper, MESSAGE_DIRECTORY } from './DirectoryKeeper.js';

function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

const NAMED = { laura: { role: 'participant', name: 'Laura Bassi', organisation: 'Reggiane' } };

describe('DirectoryKeeper', () => {
  it('keeps what the server sends, on the device too, and says when it changed', () => {
    const { provider, receive } = fakeProvider(MESSAGE_DIRECTORY);
    const storage = memoryStorage();
    let changes = 0;
    const keeper = new DirectoryKeeper(provider, storage, 'tavolo.directory.t', () => changes++);
    expect(keeper.get()).toEqual({});
    receive(JSON.stringify({ people: NAMED }));
    expect(keeper.get()).toEqual(NAMED);
    expect(JSON.parse(storage.map.get('tavolo.directory.t')!)).toEqual(NAMED);
    expect(changes).toBe(1);
    const same = keeper.get();
    receive(JSON.stringify({ people: NAMED }));
    expect(changes).toBe(1);
    expect(keeper.get()).toBe(same);
  });

  it('forgets names the server withdraws (the table turned anonymous), on the device too', () => {
    const { provider, receive } = fakeProvider(MESSAGE_DIRECTORY);
    const storage = memoryStorage({ 'tavolo.directory.t': JSON.stringify(NAMED) });
    const keeper = new DirectoryKeeper(provider, storage, 'tavolo.directory.t', () => {});
    // Offline, the board names people from the last copy.
    expect(keeper.get()).toEqual(NAMED);
    receive(JSON.stringify({ people: { laura: { role: 'participant' } } }));
    expect(keeper.get()).toEqual({ laura: { role: 'participant' } });
    expect(storage.map.get('tavolo.directory.t')).not.toContain('Laura Bassi');
  });

  it('ignores a message it cannot read, and storage that holds junk', () => {
    const { provider, receive } = fakeProvider(MESSAGE_DIRECTORY);
    const storage = memoryStorage({ 'tavolo.directory.t': '{not json' });
    let changes = 0;
    const keeper = new DirectoryKeeper(provider, storage, 'tavolo.directory.t', () => changes++);
    expect(keeper.get()).toEqual({});
    receive('{not json');
    receive(JSON.stringify({ people: { x: { name: 42 } } }));
    expect(keeper.get()).toEqual({ x: {} });
    expect(changes).toBe(1);
  });
});
