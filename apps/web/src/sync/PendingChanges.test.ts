import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PendingChanges, type PendingStorage } from './PendingChanges.js';

function memoryStorage(): PendingStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function tracked(storage = memoryStorage()) {
  const doc = new Y.Doc();
  const pending = new PendingChanges(storage, 'p');
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.local) pending.record(tr, doc);
  });
  return { doc, pending, storage };
}

describe('PendingChanges', () => {
  it('counts local transactions until the server state vector covers them', () => {
    const { doc, pending } = tracked();
    doc.getMap('cards').set('a', 1);
    doc.getMap('cards').set('b', 2);
    expect(pending.count).toBe(2);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    expect(pending.serverHas(Y.decodeStateVector(Y.encodeStateVector(server)))).toBe(true);
    expect(pending.count).toBe(0);
  });

  it('confirms deletions only when the server sends them in its delete set', () => {
    const { doc, pending } = tracked();
    doc.getMap('cards').set('a', 1);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    pending.serverSent(Y.encodeStateAsUpdate(server));
    doc.getMap('cards').delete('a');
    expect(pending.count).toBe(1);
    pending.serverSent(Y.encodeStateAsUpdate(server));
    expect(pending.count).toBe(1);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    pending.serverSent(Y.encodeStateAsUpdate(server));
    expect(pending.count).toBe(0);
  });

  it('a partial answer confirms only what it holds', () => {
    const { doc, pending } = tracked();
    doc.getMap('cards').set('a', 1);
    const half = Y.encodeStateAsUpdate(doc);
    doc.getMap('cards').set('b', 2);
    pending.serverSent(half);
    expect(pending.count).toBe(1);
  });

  it('keeps the list across a reload (in storage) and clears storage when empty', () => {
    const storage = memoryStorage();
    const { doc } = tracked(storage);
    doc.getMap('cards').set('a', 1);
    const reloaded = new PendingChanges(storage, 'p');
    expect(reloaded.count).toBe(1);
    reloaded.serverSent(Y.encodeStateAsUpdate(doc));
    expect(reloaded.count).toBe(0);
    expect(storage.data.has('p')).toBe(false);
  });

  it('ignores a transaction that changed nothing', () => {
    const { doc, pending } = tracked();
    doc.transact(() => {});
    expect(pending.count).toBe(0);
  });
});
