import { addCard, CARD, initTable, ROOT, type Actor } from '@tavolo/board';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics/Metrics.js';
import { memberOf, roomLimits } from '../testing/members.js';
import { MemoryDocStore } from '../testing/MemoryDocStore.js';
import { MemorySocket } from '../testing/MemorySocket.js';
import { ByteBudget } from './ByteBudget.js';
import { MESSAGE } from './protocol.js';
import { Room } from './Room.js';
import type { RoomLimits } from './roomOptions.js';
import { Rooms } from './Rooms.js';
import { CLOSE } from './Socket.js';
import { TOO_MANY_PARKED } from './WriteGate.js';

// What the server holds for clients stays within bytes it was given: per connection, per room,
// per process; and a board stops growing at its maximum size. Every test fills one bound with
// hand-made traffic and checks who is closed, with which code, and that nothing is stored.

const LAURA: Actor = { id: 'laura', role: 'participant' };
const MOD: Actor = { id: 'mod', role: 'moderator' };

function frame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function seeded(store = new MemoryDocStore(), name = 't'): Promise<MemoryDocStore> {
  const seed = new Y.Doc();
  initTable(seed, { tableId: name, title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  await store.append(name, [Y.encodeStateAsUpdate(seed)]);
  return store;
}

function roomWith(store: MemoryDocStore, limits: Partial<RoomLimits>, name = 't') {
  return new Room(name, {
    store,
    log: silentLogger,
    metrics: new Metrics(),
    compactEvery: 1000,
    awarenessBatchMs: 0,
    maxBufferedBytes: 1 << 20,
    limits: roomLimits(limits),
  });
}

/**
 * `count` edits of one card, each about `padding` bytes, that all build on a card the room
 * never receives: they can only wait.
 */
function orphans(room: Y.Doc, count: number, padding: number): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  addCard(client, LAURA, { section: 'needs', text: 'mai arrivata' }, { id: 'c1' });
  const edits: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const before = Y.encodeStateVector(client);
    client
      .getMap<Y.Map<unknown>>(ROOT.cards)
      .get('c1')!
      .set(CARD.text, 'x'.repeat(padding) + i);
    edits.push(Y.encodeStateAsUpdate(client, before));
  }
  return edits;
}

describe('bounds on what waits', () => {
  it('closes a connection whose waiting updates pass its byte bound (1013), keeping nothing', async () => {
    const store = await seeded();
    const room = roomWith(store, { heldPerSocket: 64 * 1024 });
    const laura = new MemorySocket();
    room.join(laura, memberOf(LAURA));
    await room.loaded;
    for (const edit of orphans(room.doc, 40, 4000)) room.receive(laura, frame(edit));
    expect(laura.closed).toEqual({ code: CLOSE.tryAgainLater, reason: TOO_MANY_PARKED });
    expect(room.heldBytes).toBe(0);
    expect(store.appendCalls).toBe(1);
  });

  it('charges a waiting update for its decoded structs, not only its bytes', async () => {
    const store = await seeded();
    const room = roomWith(store, { heldPerSocket: 64 * 1024 });
    const laura = new MemorySocket();
    room.join(laura, memberOf(LAURA));
    await room.loaded;
    // One dense update: a thousand tiny values in a few kilobytes, each a struct of its own,
    // on a card the server never received (so the update waits for it).
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
    addCard(client, LAURA, { section: 'needs', text: 'mai arrivata' }, { id: 'c1' });
    const before = Y.encodeStateVector(client);
    client.transact(() => {
      const card = client.getMap<Y.Map<unknown>>(ROOT.cards).get('c1')!;
      for (let i = 0; i < 1000; i++) card.set(`f${i}`, i % 10);
    });
    const dense = Y.encodeStateAsUpdate(client, before);
    expect(dense.length).toBeLessThan(32 * 1024);
    room.receive(laura, frame(dense));
    expect(laura.closed).toEqual({ code: CLOSE.tryAgainLater, reason: TOO_MANY_PARKED });
    expect(room.heldBytes).toBe(0);
  });

  it('charges a waiting update for the text it holds, two bytes a character', async () => {
    const store = await seeded();
    const room = roomWith(store, { heldPerSocket: 64 * 1024 });
    const laura = new MemorySocket();
    room.join(laura, memberOf(LAURA));
    await room.loaded;
    // 24,000 characters on a card the server never received: 24 KB of bytes, well within the
    // bound, but held once as bytes and again as a string (48 KB) it is past it.
    const [orphan] = orphans(room.doc, 1, 24_000);
    expect(orphan!.length).toBeLessThan(32 * 1024);
    room.receive(laura, frame(orphan!));
    expect(laura.closed).toEqual({ code: CLOSE.tryAgainLater, reason: TOO_MANY_PARKED });
    expect(room.heldBytes).toBe(0);
  });

  it('shares a room’s bound between its connections, and a process’s between rooms', async () => {
    const process = new ByteBudget(100 * 1024);
    const store = await seeded();
    await seeded(store, 'u');
    const limits = { heldPerSocket: 80 * 1024, heldPerRoom: 60 * 1024, heldInProcess: process };
    const t = roomWith(store, limits, 't');
    const u = roomWith(store, limits, 'u');
    const [a, b, c] = [new MemorySocket(), new MemorySocket(), new MemorySocket()];
    t.join(a, memberOf(LAURA));
    t.join(b, memberOf({ ...LAURA, id: 'paolo' }));
    u.join(c, memberOf(LAURA));
    await Promise.all([t.loaded, u.loaded]);
    // Each waiting edit is charged about 4.2 KiB: its bytes, its struct, its text twice over.
    const PADDING = 1300;
    const edits = orphans(t.doc, 12, PADDING);
    // a waits 40 KiB: within its own bound and the room's.
    for (const edit of edits.slice(0, 10)) t.receive(a, frame(edit));
    expect(a.closed).toBeNull();
    // b's 20 KiB more would pass the room's 60 KiB: b is closed, a keeps waiting.
    for (const edit of edits.slice(0, 6)) t.receive(b, frame(edit));
    expect(b.closed?.code).toBe(CLOSE.tryAgainLater);
    expect(a.closed).toBeNull();
    // The other room may hold what is left of the process's 100 KiB, and no more.
    for (const edit of orphans(u.doc, 20, PADDING)) u.receive(c, frame(edit));
    expect(c.closed?.code).toBe(CLOSE.tryAgainLater);
    expect(process.used).toBeLessThanOrEqual(100 * 1024);
    t.leave(a);
    expect(process.used).toBe(0);
  });

  it('bounds the frames a connection sends while its room is still loading', async () => {
    const store = await seeded();
    store.holdLoads = true;
    const room = roomWith(store, { heldPerSocket: 8 * 1024 });
    const laura = new MemorySocket();
    room.join(laura, memberOf(LAURA));
    await tick();
    for (let i = 0; i < 10; i++) room.receive(laura, new Uint8Array(2000));
    expect(laura.closed).toEqual({ code: CLOSE.tryAgainLater, reason: TOO_MANY_PARKED });
    store.releaseLoads();
    await room.loaded;
    expect(room.heldBytes).toBe(0);
  });

  it('refuses writes once the board reaches its maximum size (4413), storing nothing', async () => {
    const store = await seeded();
    const room = roomWith(store, { maxBoardBytes: 8 * 1024 });
    const mod = new MemorySocket();
    room.join(mod, memberOf(MOD));
    await room.loaded;
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
    const before = Y.encodeStateVector(client);
    client.getMap(ROOT.control).set('conclusions', 'x'.repeat(10_000));
    room.receive(mod, frame(Y.encodeStateAsUpdate(client, before)));
    await tick();
    expect(mod.closed).toEqual({ code: CLOSE.tooLarge, reason: 'board_too_large' });
    expect(store.appendCalls).toBe(1);
  });

  it('stores and relays nothing for an update that repeats what the room has', async () => {
    const store = await seeded();
    const room = roomWith(store, {});
    const [laura, other] = [new MemorySocket(), new MemorySocket()];
    room.join(laura, memberOf(LAURA));
    room.join(other, memberOf(MOD));
    await room.loaded;
    const sent = other.sent.length;
    room.receive(laura, frame(Y.encodeStateAsUpdate(room.doc)));
    for (let i = 0; i < 3; i++) await tick();
    expect(laura.closed).toBeNull();
    expect(store.appendCalls).toBe(1);
    expect(other.sent.length).toBe(sent);
  });
});

describe('bounds on what waits to be sent', () => {
  it('closes the largest backlogs while a room or the process holds more than allowed', async () => {
    const store = await seeded();
    const rooms = new Rooms(
      {
        store,
        log: silentLogger,
        metrics: new Metrics(),
        compactEvery: 1000,
        awarenessBatchMs: 0,
        maxBufferedBytes: 1 << 30,
        limits: roomLimits(),
      },
      { perRoom: 1000, inProcess: 1500, sweepMs: 60_000 },
    );
    const sockets = [600, 500, 100, 0].map((bytes) => {
      const s = new MemorySocket();
      s.bufferedAmount = bytes;
      return s;
    });
    for (const s of sockets) rooms.join('t', s, memberOf(LAURA));
    rooms.sweepSendQueues();
    // 1,200 queued in the room: the 600-byte backlog goes, 600 stays.
    expect(sockets.map((s) => s.closed?.code ?? null)).toEqual([
      CLOSE.tryAgainLater,
      null,
      null,
      null,
    ]);
    await rooms.closeAll();
  });
});
