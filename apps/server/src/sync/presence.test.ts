import { addCard, initTable, ROOT, type Actor } from '@tavolo/board';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics/Metrics.js';
import { memberOf, roomLimits } from '../testing/members.js';
import { MemoryDocStore } from '../testing/MemoryDocStore.js';
import { MemorySocket } from '../testing/MemorySocket.js';
import { rawUpdate } from '../testing/rawUpdate.js';
import { MAX_PRESENCE_IDS } from './AwarenessRelay.js';
import { MESSAGE } from './protocol.js';
import { encodePresence, type PresenceEntry } from './presenceUpdate.js';
import { Room } from './Room.js';
import { CLOSE } from './Socket.js';

const LAURA: Actor = { id: 'laura', role: 'participant' };
const PAOLO: Actor = {
  id: 'paolo',
  role: 'participant',
};
const MOD: Actor = { id: 'mod', role: 'moderator' };

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** An awareness message built by hand: any client ids, clocks and states. */
function presenceFrame(entries: PresenceEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.awareness);
  encoding.writeVarUint8Array(e, encodePresence(entries));
  return encoding.toUint8Array(e);
}

function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

async function store(): Promise<MemoryDocStore> {
  const s = new MemoryDocStore();
  const seed = new Y.Doc();
  initTable(seed, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  await s.append('t', [Y.encodeStateAsUpdate(seed)]);
  return s;
}

function room(s: MemoryDocStore) {
  return new Room('t', {
    store: s,
    log: silentLogger,
    metrics: new Metrics(),
    compactEvery: 1000,
    awarenessBatchMs: 0,
    maxBufferedBytes: 1 << 20,
    limits: roomLimits(),
  });
}

const users = (r: Room) =>
  new Map(
    [...r.awareness.getStates()].map(([id, s]) => [
      id,
      (s as { user: Record<string, string> }).user,
    ]),
  );

describe('presence a connection may set', () => {
  it('shows others the id and role the server knows and no name, whatever the client claims', async () => {
    const r = room(await store());
    const laura = new MemorySocket();
    r.join(laura, memberOf(LAURA));
    await r.loaded;
    const forged = {
      user: { id: 'mod', name: 'Laura Bassi', organisation: 'Reggiane', role: 'secretariat' },
    };
    r.receive(laura, presenceFrame([{ clientId: 11, clock: 1, state: forged }]));
    // Presence goes to everyone in the room: each reader names the id from its own directory.
    expect(users(r).get(11)).toEqual({ id: 'laura', role: 'participant' });
  });

  it('drops entries for the moderator’s client id: no overwrite, no removal', async () => {
    const r = room(await store());
    const [mod, laura] = [new MemorySocket(), new MemorySocket()];
    r.join(mod, memberOf(MOD));
    r.join(laura, memberOf(LAURA));
    await r.loaded;
    r.receive(mod, presenceFrame([{ clientId: 7, clock: 1, state: { section: 'needs' } }]));
    r.receive(laura, presenceFrame([{ clientId: 7, clock: 9, state: { section: 'x' } }]));
    r.receive(laura, presenceFrame([{ clientId: 7, clock: 10, state: null }]));
    expect(users(r).get(7)?.id).toBe('mod');
    expect(laura.closed).toBeNull();
  });

  it(`keeps at most ${MAX_PRESENCE_IDS} client ids per connection: no crowd of ghosts`, async () => {
    const r = room(await store());
    const laura = new MemorySocket();
    r.join(laura, memberOf(LAURA));
    await r.loaded;
    for (let id = 100; id < 1100; id++) {
      r.receive(laura, presenceFrame([{ clientId: id, clock: 1, state: { section: null } }]));
    }
    expect(r.awareness.getStates().size).toBe(MAX_PRESENCE_IDS);
  });

  it('lets the same person take over their client id on a new connection, and nobody else', async () => {
    const r = room(await store());
    const [first, second, paolo] = [new MemorySocket(), new MemorySocket(), new MemorySocket()];
    r.join(first, memberOf(LAURA));
    r.join(second, memberOf(LAURA));
    r.join(paolo, memberOf(PAOLO));
    await r.loaded;
    r.receive(first, presenceFrame([{ clientId: 5, clock: 1, state: { section: 'a' } }]));
    r.receive(paolo, presenceFrame([{ clientId: 5, clock: 2, state: { section: 'p' } }]));
    expect(r.awareness.getStates().get(5)).toMatchObject({ section: 'a' });
    r.receive(second, presenceFrame([{ clientId: 5, clock: 3, state: { section: 'b' } }]));
    expect(r.awareness.getStates().get(5)).toMatchObject({ section: 'b' });
    // The first connection no longer holds it: its leaving does not remove it.
    r.leave(first);
    expect(r.awareness.getStates().has(5)).toBe(true);
  });

  it('takes an echo of everyone’s presence in one message, applying only its own entry', async () => {
    const r = room(await store());
    const [mod, laura] = [new MemorySocket(), new MemorySocket()];
    r.join(mod, memberOf(MOD));
    r.join(laura, memberOf(LAURA));
    await r.loaded;
    r.receive(mod, presenceFrame([{ clientId: 7, clock: 1, state: { section: 'needs' } }]));
    // A stock client re-sends every change it saw: the moderator's, forty others', its own.
    const echo: PresenceEntry[] = [{ clientId: 7, clock: 1, state: { section: 'x' } }];
    for (let id = 200; id < 240; id++) echo.push({ clientId: id, clock: 3, state: null });
    echo.push({ clientId: 11, clock: 1, state: { section: 'trends' } });
    r.receive(laura, presenceFrame(echo));
    expect(laura.closed).toBeNull();
    expect(users(r).get(11)?.id).toBe('laura');
    expect(users(r).get(7)?.id).toBe('mod');
    expect(r.awareness.getStates().get(7)).toMatchObject({ section: 'needs' });
  });

  it('closes a malformed presence message with 4400', async () => {
    const r = room(await store());
    const laura = new MemorySocket();
    r.join(laura, memberOf(LAURA));
    await r.loaded;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE.awareness);
    encoding.writeVarUint8Array(e, new Uint8Array([1, 5, 1, 3, 123, 123, 123]));
    r.receive(laura, encoding.toUint8Array(e));
    expect(laura.closed?.code).toBe(CLOSE.badRequest);
  });

  it('drops presence for a client id the board binds to another person', async () => {
    const s = await store();
    const r = room(s);
    const [laura, paolo] = [new MemorySocket(), new MemorySocket()];
    r.join(laura, memberOf(LAURA));
    r.join(paolo, memberOf(PAOLO));
    await r.loaded;
    const phone = new Y.Doc();
    phone.clientID = 4242;
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(r.doc));
    const before = Y.encodeStateVector(phone);
    addCard(phone, LAURA, { section: 'needs', text: 'Saldatori' });
    r.receive(laura, updateFrame(Y.encodeStateAsUpdate(phone, before)));
    for (let i = 0; i < 3; i++) await tick();
    expect(r.doc.getMap(ROOT.clients).get('4242')).toEqual({ id: 'laura', role: 'participant' });
    r.receive(paolo, presenceFrame([{ clientId: 4242, clock: 1, state: { section: 'x' } }]));
    expect(r.awareness.getStates().has(4242)).toBe(false);
  });
});

describe('client ids kept with the board', () => {
  it('still refuses another person’s writes under a client id after the room reloads', async () => {
    const s = await store();
    const first = room(s);
    const laura = new MemorySocket();
    first.join(laura, memberOf(LAURA));
    await first.loaded;
    const phone = new Y.Doc();
    phone.clientID = 4242;
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(first.doc));
    let before = Y.encodeStateVector(phone);
    addCard(phone, LAURA, { section: 'needs', text: 'Saldatori' }, { id: 'c1' });
    first.receive(laura, updateFrame(Y.encodeStateAsUpdate(phone, before)));
    for (let i = 0; i < 3; i++) await tick();
    first.leave(laura);
    await first.close();

    const second = room(s);
    const [paolo, lauraAgain] = [new MemorySocket(), new MemorySocket()];
    second.join(paolo, memberOf(PAOLO));
    second.join(lauraAgain, memberOf(LAURA));
    await second.loaded;
    // Paolo pre-empts the clocks Laura's phone writes next: refused.
    const next = Y.getState(second.doc.store, 4242);
    const gc = rawUpdate([{ kind: 'gc', client: 4242, clock: next, length: 50 }]);
    second.receive(paolo, updateFrame(gc));
    expect(paolo.closed).toEqual({ code: CLOSE.forbidden, reason: 'foreign_client' });
    // Laura's offline edit at those clocks still lands.
    before = Y.encodeStateVector(phone);
    addCard(phone, LAURA, { section: 'needs', text: 'Manutentori' }, { id: 'c2' });
    second.receive(lauraAgain, updateFrame(Y.encodeStateAsUpdate(phone, before)));
    for (let i = 0; i < 3; i++) await tick();
    expect(lauraAgain.closed).toBeNull();
    expect(second.doc.getMap(ROOT.cards).has('c2')).toBe(true);
  });
});
