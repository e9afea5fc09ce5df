import type { Role } from '@tavolo/board';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { outcomeOf } from './attempt.js';
import { awarenessFrame, MSG } from './frames.js';
import { enter, type Person } from './people.js';
import { RawClient } from './RawClient.js';
import { targetOf, type Target } from './TavoloProcess.js';

/**
 * Presence (awareness) tells everyone who is at the table and in which role: a connection
 * speaks only for the client ids it owns, owns a few, and is shown as who it joined as, by
 * participant id and role only (names reach each device through its directory, not presence).
 */
let s: TestServer;
let target: Target;
beforeEach(async () => {
  s = await startTestServer();
  target = targetOf(s);
});
afterEach(async () => {
  await s.stop();
});

const ROLES: Role[] = ['participant', 'moderator', 'secretariat', 'observer'];

/** The web client's presence state for `person` (no name), claiming whatever `claims` says. */
function stateOf(person: Person, claims: Record<string, unknown> = {}): string {
  return JSON.stringify({
    user: {
      id: person.participantId,
      role: person.role,
      colour: '#336699',
      ...claims,
    },
    editing: null,
    section: 'needs',
  });
}

async function connect(person: Person): Promise<RawClient> {
  const client = new RawClient(target.wsUrl, 'robotica', person.token);
  await client.greeted();
  return client;
}

/**
 * Has someone else announce itself and resolves once `watcher` was told: presence goes out in
 * order, so whatever the server relayed before has reached the watcher by then.
 */
async function presenceSettled(watcher: RawClient): Promise<void> {
  const other = await connect(await enter(target, 'robotica', 'participant'));
  const id = 0x5e771e + watcher.frames.length;
  other.send(awarenessFrame([{ client: id, clock: 1, state: '{"settled":true}' }]));
  await watcher.waitFor((f) => f.type === MSG.awareness && watcher.presence.getStates().has(id));
  await other.close();
}

describe.each(ROLES)('presence written by %s', (role) => {
  it.each([
    ['overwrite', JSON.stringify({ user: { id: 'hacker', name: 'Hacker', role: 'moderator' } })],
    ['remove', 'null'],
  ])(
    "to %s the moderator's presence: the entry is dropped; others still see the moderator",
    async (_n, state) => {
      const moderator = await enter(target, 'robotica', 'moderator', { name: 'Federico Capucci' });
      const modSocket = await connect(moderator);
      const watcher = await connect(await enter(target, 'robotica', 'observer'));
      const modClient = 0x40de;
      modSocket.send(awarenessFrame([{ client: modClient, clock: 1, state: stateOf(moderator) }]));
      await watcher.waitFor(() => watcher.presence.getStates().has(modClient));
      const hostile = await connect(await enter(target, 'robotica', role));
      hostile.send(awarenessFrame([{ client: modClient, clock: 9, state }]));
      const closed = await outcomeOf(hostile);
      await presenceSettled(watcher);
      const seen = watcher.presence.getStates().get(modClient) as
        { user?: { id?: string } } | undefined;
      // Dropped, not refused: stock y-websocket clients echo everyone's presence back, so an
      // entry for another's client id is normal traffic (docs/protocol.md, Presence).
      expect({ closed, seen: seen?.user?.id ?? null }).toEqual({
        closed: { code: 0, reason: 'still open' },
        seen: moderator.participantId,
      });
    },
  );

  it('for 1000 client ids at once: others see at most a few of them', async () => {
    const person = await enter(target, 'robotica', role);
    const watcher = await connect(await enter(target, 'robotica', 'observer'));
    const hostile = await connect(person);
    const ghosts = Array.from({ length: 1000 }, (_, i) => ({
      client: 0x60000 + i,
      clock: 1,
      state: stateOf(person),
    }));
    hostile.send(awarenessFrame(ghosts));
    await outcomeOf(hostile);
    await presenceSettled(watcher);
    const seen = ghosts.filter((g) => watcher.presence.getStates().has(g.client)).length;
    expect(seen <= 4 ? 'at most 4' : seen).toBe('at most 4');
  });

  it('claiming to be someone else in another role: others see the id and role it joined with, and no name', async () => {
    const person = await enter(target, 'robotica', role, {
      name: 'Laura Bassi',
      organisation: 'Reggiane',
    });
    const watcher = await connect(await enter(target, 'robotica', 'participant'));
    const socket = await connect(person);
    const client = 0x1d3d;
    const other = await enter(target, 'robotica', 'participant');
    const claims = {
      id: other.participantId,
      name: 'Federico Capucci',
      organisation: 'Clust-ER MECH',
      role: role === 'secretariat' ? 'moderator' : 'secretariat',
    };
    socket.send(awarenessFrame([{ client, clock: 1, state: stateOf(person, claims) }]));
    await presenceSettled(watcher);
    const seen = watcher.presence.getStates().get(client) as
      { user?: Record<string, unknown> } | undefined;
    expect(seen?.user ?? null).toEqual({ id: person.participantId, role, colour: '#336699' });
    await socket.close();
  });
});
