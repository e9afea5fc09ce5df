import { describe, expect, it } from 'vitest';
import { fakeProvider } from '../testing/fakeProvider.js';
import { MESSAGE_STATUS, RoomStatusKeeper } from './RoomStatusKeeper.js';

describe('RoomStatusKeeper', () => {
  it('keeps the withheld counts the server sends, replaced whole', () => {
    const { provider, receive } = fakeProvider(MESSAGE_STATUS);
    let changes = 0;
    const keeper = new RoomStatusKeeper(provider, () => changes++);
    receive(JSON.stringify({ withheld: { needs: 3, proposals: 1 } }));
    expect(keeper.get().withheld).toEqual({ needs: 3, proposals: 1 });
    const same = keeper.get();
    receive(JSON.stringify({ withheld: { proposals: 1, needs: 3 } }));
    expect(keeper.get()).toBe(same);
    // The reveal: nothing is withheld any more.
    receive(JSON.stringify({ withheld: {} }));
    expect(keeper.get().withheld).toEqual({});
    expect(changes).toBe(2);
  });

  it('collects rejected edits until dismissed, each once', () => {
    const { provider, receive } = fakeProvider(MESSAGE_STATUS);
    const keeper = new RoomStatusKeeper(provider, () => {});
    const locked = { root: 'cards', key: 'c1', reason: 'board_locked' };
    receive(JSON.stringify({ rejected: [locked] }));
    receive(
      JSON.stringify({ rejected: [locked, { root: 'votes', key: 'v', reason: 'over_budget' }] }),
    );
    expect(keeper.get().rejected).toEqual([
      locked,
      { root: 'votes', key: 'v', reason: 'over_budget' },
    ]);
    keeper.dismiss();
    expect(keeper.get().rejected).toEqual([]);
  });

  it('ignores what it cannot read and keeps a flood bounded', () => {
    const { provider, receive } = fakeProvider(MESSAGE_STATUS);
    let changes = 0;
    const keeper = new RoomStatusKeeper(provider, () => changes++);
    receive('{not json');
    receive('42');
    receive(
      JSON.stringify({ withheld: { needs: -1, 'a b': 2, ok: 1.5 }, rejected: [{ root: 1 }] }),
    );
    expect(keeper.get().withheld).toEqual({});
    expect(keeper.get().rejected).toEqual([]);
    expect(changes).toBe(0);
    const flood = Array.from({ length: 100 }, (_, i) => ({
      root: 'cards',
      key: `c${i}`,
      reason: 'phase_closed',
    }));
    receive(JSON.stringify({ rejected: flood }));
    receive(JSON.stringify({ rejected: flood.slice(50) }));
    expect(keeper.get().rejected.length).toBe(20);
  });
});
