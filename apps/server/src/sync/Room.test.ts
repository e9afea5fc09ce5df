import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard, CONTROL, initTable, ROOT, type Actor } from '@tavolo/board';
import * as awarenessProtocol from 'y-protocols/awareness';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics/Metrics.js';
import { MemoryDocStore } from '../testing/MemoryDocStore.js';
import { MemorySocket } from '../testing/MemorySocket.js';
import { MESSAGE } from './protocol.js';
import { memberOf, roomLimits } from '../testing/members.js';
import { Room } from './Room.js';
import type { RoomOptions } from './roomOptions.js';
import { CLOSE } from './Socket.js';

function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

/** A moderator's update setting `text` in the control map, from a fresh client id. */
function someUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(ROOT.control).set(text, text);
  return Y.encodeStateAsUpdate(doc);
}

const control = (doc: Y.Doc) => doc.getMap(ROOT.control);

function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeSyncStep1(e, doc);
  return encoding.toUint8Array(e);
}

/** The control keys in a sync step 2 message, applied to an empty document. */
function keysIn(message: Uint8Array): string[] {
  const doc = new Y.Doc();
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE.sync);
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2);
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return [...control(doc).keys()];
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function settle(room: Room) {
  await room.loaded;
  for (let i = 0; i < 5; i++) await tick();
}

const MOD = memberOf({ id: 'mod', role: 'moderator' });
const LAURA = memberOf({ id: 'laura', role: 'participant' });

function options(store: MemoryDocStore, extra: Partial<RoomOptions> = {}): RoomOptions {
  return {
    store,
    log: silentLogger,
    metrics: new Metrics(),
    compactEvery: 1000,
    awarenessBatchMs: 0,
    maxBufferedBytes: 1024 * 1024,
    limits: roomLimits(),
    ...extra,
  };
}

function room(store = new MemoryDocStore(), extra: Partial<RoomOptions> = {}) {
  return { store, room: new Room('t', options(store, extra)) };
}

describe('Room', () => {
  it('sends nothing before the stored document is loaded, then serves early joiners', async () => {
    const store = new MemoryDocStore();
    await store.append('t', [someUpdate('stored')]);
    store.holdLoads = true;
    const { room: r } = room(store);
    const socket = new MemorySocket();
    r.join(socket, MOD);
    await tick();
    expect(socket.sent).toHaveLength(0);
    store.releaseLoads();
    await settle(r);
    expect(socket.sent.length).toBeGreaterThan(0);
    expect(control(r.doc).get('stored')).toBe('stored');
  });

  it('commits an update before relaying it, and relays it to others only', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a, MOD);
    r.join(b, MOD);
    await settle(r);
    const sentToA = a.sent.length;
    const sentToB = b.sent.length;
    r.receive(a, updateFrame(someUpdate('x')));
    expect(b.sent.length).toBe(sentToB);
    await settle(r);
    // The update, and before it the binding of its new client id to its writer.
    expect(store.docs.get('t')?.log).toHaveLength(2);
    expect(b.sent.length).toBe(sentToB + 2);
    expect(a.sent.length).toBe(sentToA + 1);
  });

  it('answers clients joining together from one encoding, and a later joiner with the news', async () => {
    const store = new MemoryDocStore();
    await store.append('t', [someUpdate('stored')]);
    const { room: r } = room(store);
    const [a, b, c] = [new MemorySocket(), new MemorySocket(), new MemorySocket()];
    for (const s of [a, b, c]) r.join(s, MOD);
    await settle(r);
    const sentBefore = [a, b, c].map((s) => s.sent.length);
    for (const s of [a, b]) r.receive(s, syncStep1Frame(new Y.Doc()));
    const replyA = a.sent.at(-1)!;
    const replyB = b.sent.at(-1)!;
    expect(replyB).toBe(replyA); // the same bytes, encoded once
    expect(keysIn(replyA)).toEqual(['stored']);

    r.receive(a, updateFrame(someUpdate('fresh')));
    await settle(r);
    r.receive(c, syncStep1Frame(new Y.Doc()));
    const replyC = c.sent.at(-1)!;
    expect(replyC).not.toBe(replyA);
    expect(keysIn(replyC).sort()).toEqual(['fresh', 'stored']);
    expect(c.sent.length).toBe(sentBefore[2]! + 3); // the binding and the edit, then the reply
  });

  it('groups updates that arrive together into one commit', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    r.join(a, MOD);
    await settle(r);
    for (const t of ['a', 'b', 'c']) r.receive(a, updateFrame(someUpdate(t)));
    await settle(r);
    expect(store.appendCalls).toBe(1);
    expect(store.docs.get('t')?.log).toHaveLength(4); // three updates and their bindings
  });

  it('relays nothing when storage fails, and asks the sender to retry', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a, MOD);
    r.join(b, MOD);
    await settle(r);
    const sentToB = b.sent.length;
    store.failAppends = true;
    r.receive(a, updateFrame(someUpdate('lost?')));
    await settle(r);
    expect(b.sent.length).toBe(sentToB);
    expect(control(r.doc).has('lost?')).toBe(false);
    expect(a.closed?.code).toBe(CLOSE.tryAgainLater);
    expect(b.closed).toBeNull();
  });

  it.each([
    ['an unknown message type', new Uint8Array([9, 1, 2])],
    ['a truncated sync message', new Uint8Array([0, 2, 50, 1])],
    ['an update that is not a Yjs update', updateFrame(new Uint8Array([255, 255, 255, 1]))],
  ])('closes only the sender of %s', async (_name, frame) => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a, MOD);
    r.join(b, MOD);
    await settle(r);
    r.receive(a, frame);
    await settle(r);
    expect(a.closed?.code).toBe(CLOSE.badRequest);
    expect(b.closed).toBeNull();
    expect(store.appendCalls).toBe(0);
    r.receive(b, updateFrame(someUpdate('still fine')));
    await settle(r);
    expect(control(r.doc).get('still fine')).toBe('still fine');
  });

  it('stores a snapshot on close that reloads to the same document', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    r.join(a, MOD);
    await settle(r);
    r.receive(a, updateFrame(someUpdate('kept')));
    await settle(r);
    r.leave(a);
    await r.close();
    expect(store.docs.get('t')?.log).toHaveLength(0);
    const again = new Room('t', options(store));
    await again.loaded;
    expect(control(again.doc).get('kept')).toBe('kept');
    await again.close();
  });

  it('refuses a participant’s write to moderator state: not stored, not relayed, 4403', async () => {
    const store = new MemoryDocStore();
    const seed = new Y.Doc();
    initTable(seed, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
    await store.append('t', [Y.encodeStateAsUpdate(seed)]);
    const { room: r } = room(store);
    const laura = new MemorySocket();
    const other = new MemorySocket();
    r.join(laura, LAURA);
    r.join(other, MOD);
    await settle(r);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(r.doc));
    const sv = Y.encodeStateVector(client);
    client.getMap(ROOT.control).set(CONTROL.phase, 'closed');
    const sentToOther = other.sent.length;
    r.receive(laura, updateFrame(Y.encodeStateAsUpdate(client, sv)));
    await settle(r);
    expect(laura.closed).toEqual({ code: CLOSE.forbidden, reason: 'moderator_only' });
    expect(store.appendCalls).toBe(1);
    expect(other.sent.length).toBe(sentToOther);
    expect(r.doc.getMap(ROOT.control).get(CONTROL.phase)).toBe('sharing');
  });

  it('accepts a participant’s own card', async () => {
    const store = new MemoryDocStore();
    const seed = new Y.Doc();
    initTable(seed, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
    await store.append('t', [Y.encodeStateAsUpdate(seed)]);
    const { room: r } = room(store);
    const laura = new MemorySocket();
    r.join(laura, LAURA);
    await settle(r);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(r.doc));
    const sv = Y.encodeStateVector(client);
    const actor: Actor = { id: 'laura', role: 'participant' };
    addCard(client, actor, { section: 'needs', text: 'Tecnico PLC' }, { id: 'c1' });
    r.receive(laura, updateFrame(Y.encodeStateAsUpdate(client, sv)));
    await settle(r);
    expect(laura.closed).toBeNull();
    expect(r.doc.getMap(ROOT.cards).has('c1')).toBe(true);
  });

  it('closes a consumer whose send buffer passes the bound, and only it', async () => {
    const { room: r } = room(new MemoryDocStore(), { maxBufferedBytes: 1000 });
    const fast = new MemorySocket();
    const slow = new MemorySocket();
    const writer = new MemorySocket();
    for (const s of [fast, slow, writer]) r.join(s, MOD);
    await settle(r);
    slow.bufferedAmount = 5000;
    r.receive(writer, updateFrame(someUpdate('x')));
    await settle(r);
    expect(slow.closed?.code).toBe(CLOSE.tryAgainLater);
    expect(fast.closed).toBeNull();
    expect(fast.sent.length).toBeGreaterThan(1);
  });

  it('batches presence and clears a dropped connection’s presence', async () => {
    const { room: r } = room(new MemoryDocStore(), { awarenessBatchMs: 50 });
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a, MOD);
    r.join(b, MOD);
    await settle(r);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const phones = [1, 2, 3].map(() => new awarenessProtocol.Awareness(new Y.Doc()));
    const before = b.sent.length;
    for (const [i, phone] of phones.entries()) {
      phone.setLocalState({ user: { name: `p${i}` } });
      r.receive(a, awarenessFrame(phone));
    }
    expect(b.sent.length).toBe(before);
    vi.advanceTimersByTime(50);
    expect(b.sent.length).toBe(before + 1);
    expect(r.awareness.getStates().size).toBe(3);
    r.leave(a);
    expect(r.awareness.getStates().size).toBe(0);
    vi.advanceTimersByTime(50);
    expect(b.sent.length).toBe(before + 2);
    for (const phone of phones) phone.destroy();
    vi.useRealTimers();
  });
});

function awarenessFrame(awareness: awarenessProtocol.Awareness): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.awareness);
  encoding.writeVarUint8Array(
    e,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
  );
  return encoding.toUint8Array(e);
}
