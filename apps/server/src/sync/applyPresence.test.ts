import { prng } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { applyPresence } from './applyPresence.js';
import { encodePresence, type PresenceEntry } from './presenceUpdate.js';

/** An awareness with no local state, as the server's, recording its events. */
function recorded() {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const events: unknown[] = [];
  awareness.on('change', (e: unknown) => events.push(['change', e]));
  awareness.on('update', (e: unknown) => events.push(['update', e]));
  return { awareness, events };
}

describe('applyPresence', () => {
  it('changes states, clocks and events exactly as y-protocols applying the encoded entries', () => {
    const random = prng(20261202).next;
    const ours = recorded();
    const theirs = recorded();
    for (let round = 0; round < 300; round++) {
      const entries: PresenceEntry[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const clientId = 1 + Math.floor(random() * 5);
        const clock = Math.floor(random() * 6);
        const state =
          random() < 0.2
            ? null
            : {
                user: { id: `p${clientId}`, role: 'participant' },
                section: random() < 0.5 ? 'needs' : null,
              };
        return { clientId, clock, state };
      });
      applyPresence(ours.awareness, entries, 'origin');
      awarenessProtocol.applyAwarenessUpdate(theirs.awareness, encodePresence(entries), 'origin');
      expect([...ours.awareness.getStates()]).toEqual([...theirs.awareness.getStates()]);
      const clocks = (a: awarenessProtocol.Awareness) =>
        [...a.meta].filter(([id]) => id !== a.clientID).map(([id, m]) => [id, m.clock]);
      expect(clocks(ours.awareness)).toEqual(clocks(theirs.awareness));
    }
    expect(ours.events).toEqual(theirs.events);
  });
});
