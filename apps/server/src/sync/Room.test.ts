import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { silentLogger } from '../log.js';
import { MemoryDocStore } from '../testing/MemoryDocStore.js';
import { MemorySocket } from '../testing/MemorySocket.js';
import { MESSAGE } from './protocol.js';
import { Room } from './Room.js';
import { CLOSE } from './Socket.js';

function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

function someUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('cards').set(text, text);
  return Y.encodeStateAsUpdate(doc);
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function settle(room: Room) {
  await room.loaded;
  for (let i = 0; i < 5; i++) await tick();
}

function room(store = new MemoryDocStore()) {
  return { store, room: new Room('t', { store, log: silentLogger, compactEvery: 1000 }) };
}

describe('Room', () => {
  it('sends nothing before the stored document is loaded, then serves early joiners', async () => {
    const store = new MemoryDocStore();
    await store.append('t', [someUpdate('stored')]);
    store.holdLoads = true;
    const { room: r } = room(store);
    const socket = new MemorySocket();
    r.join(socket);
    await tick();
    expect(socket.sent).toHaveLength(0);
    store.releaseLoads();
    await settle(r);
    expect(socket.sent.length).toBeGreaterThan(0);
    expect(r.doc.getMap('cards').get('stored')).toBe('stored');
  });

  it('commits an update before relaying it, and relays it to others only', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a);
    r.join(b);
    await settle(r);
    const sentToA = a.sent.length;
    const sentToB = b.sent.length;
    r.receive(a, updateFrame(someUpdate('x')));
    expect(b.sent.length).toBe(sentToB);
    await settle(r);
    expect(store.docs.get('t')?.log).toHaveLength(1);
    expect(b.sent.length).toBe(sentToB + 1);
    expect(a.sent.length).toBe(sentToA);
  });

  it('groups updates that arrive together into one commit', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    r.join(a);
    await settle(r);
    for (const t of ['a', 'b', 'c']) r.receive(a, updateFrame(someUpdate(t)));
    await settle(r);
    expect(store.appendCalls).toBe(1);
    expect(store.docs.get('t')?.log).toHaveLength(3);
  });

  it('relays nothing when storage fails, and asks the sender to retry', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    const b = new MemorySocket();
    r.join(a);
    r.join(b);
    await settle(r);
    const sentToB = b.sent.length;
    store.failAppends = true;
    r.receive(a, updateFrame(someUpdate('lost?')));
    await settle(r);
    expect(b.sent.length).toBe(sentToB);
    expect(r.doc.getMap('cards').has('lost?')).toBe(false);
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
    r.join(a);
    r.join(b);
    await settle(r);
    r.receive(a, frame);
    await settle(r);
    expect(a.closed?.code).toBe(CLOSE.badRequest);
    expect(b.closed).toBeNull();
    expect(store.appendCalls).toBe(0);
    r.receive(b, updateFrame(someUpdate('still fine')));
    await settle(r);
    expect(r.doc.getMap('cards').get('still fine')).toBe('still fine');
  });

  it('stores a snapshot on close that reloads to the same document', async () => {
    const { store, room: r } = room();
    const a = new MemorySocket();
    r.join(a);
    await settle(r);
    r.receive(a, updateFrame(someUpdate('kept')));
    await settle(r);
    r.leave(a);
    await r.close();
    expect(store.docs.get('t')?.log).toHaveLength(0);
    const again = new Room('t', { store, log: silentLogger, compactEvery: 1000 });
    await again.loaded;
    expect(again.doc.getMap('cards').get('kept')).toBe('kept');
    await again.close();
  });
});
