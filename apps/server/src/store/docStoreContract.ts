import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore } from './DocStore.js';
import { applyStored } from './storedDoc.js';

/** Makes a fresh, empty store; `reopen` gives a second handle on the same storage, if durable. */
export interface StoreFactory {
  create(): Promise<{
    store: DocStore;
    reopen?: () => Promise<DocStore>;
    cleanup(): Promise<void>;
  }>;
}

function update(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function replay(stored: { snapshot: Uint8Array | null; updates: readonly Uint8Array[] }) {
  return applyStored(new Y.Doc(), stored).getMap('m').toJSON();
}

/** The behaviour every DocStore must have; call inside a test file with a factory. */
export function docStoreContract(name: string, factory: StoreFactory): void {
  describe(`DocStore contract: ${name}`, () => {
    async function withStore(
      fn: (store: DocStore, reopen?: () => Promise<DocStore>) => Promise<void>,
    ) {
      const { store, reopen, cleanup } = await factory.create();
      try {
        await fn(store, reopen);
      } finally {
        await cleanup();
      }
    }

    it('reads a document never written as empty', () =>
      withStore(async (store) => {
        expect(await store.load('nothing')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      }));

    it('appends in order with increasing sequence numbers, per document', () =>
      withStore(async (store) => {
        expect(await store.append('a', [update('x', '1'), update('y', '2')])).toBe(2);
        expect(await store.append('b', [update('x', 'b')])).toBe(1);
        expect(await store.append('a', [update('z', '3')])).toBe(3);
        const a = await store.load('a');
        expect(a.lastSeq).toBe(3);
        expect(a.updates).toHaveLength(3);
        expect(replay(a)).toEqual({ x: '1', y: '2', z: '3' });
        expect(replay(await store.load('b'))).toEqual({ x: 'b' });
      }));

    it('returns updates byte for byte', () =>
      withStore(async (store) => {
        const u = update('k', 'è ü 日本');
        await store.append('d', [u]);
        expect((await store.load('d')).updates[0]).toEqual(u);
      }));

    it('compacts: keeps later updates, drops covered ones, sequence goes on', () =>
      withStore(async (store) => {
        await store.append('d', [update('a', '1'), update('b', '2')]);
        const doc = new Y.Doc();
        for (const u of (await store.load('d')).updates) Y.applyUpdate(doc, u);
        await store.append('d', [update('c', '3')]);
        await store.compact('d', Y.encodeStateAsUpdate(doc), 2);
        const after = await store.load('d');
        expect(after.snapshot).not.toBeNull();
        expect(after.updates).toHaveLength(1);
        expect(after.lastSeq).toBe(3);
        expect(replay(after)).toEqual({ a: '1', b: '2', c: '3' });
        expect(await store.append('d', [update('e', '5')])).toBe(4);
      }));

    it('ignores a compaction older than the snapshot it would replace', () =>
      withStore(async (store) => {
        await store.append('d', [update('a', '1'), update('b', '2')]);
        const full = new Y.Doc();
        for (const u of (await store.load('d')).updates) Y.applyUpdate(full, u);
        await store.compact('d', Y.encodeStateAsUpdate(full), 2);
        await store.compact('d', update('a', '1'), 1);
        expect(replay(await store.load('d'))).toEqual({ a: '1', b: '2' });
      }));

    it('keeps the sequence after compacting everything', () =>
      withStore(async (store) => {
        await store.append('d', [update('a', '1')]);
        await store.compact('d', update('a', '1'), 1);
        expect((await store.load('d')).lastSeq).toBe(1);
        expect(await store.append('d', [update('b', '2')])).toBe(2);
      }));

    it('deletes every trace of a document, and only of it', () =>
      withStore(async (store) => {
        await store.append('gone', [update('a', '1')]);
        await store.compact('gone', update('a', '1'), 1);
        await store.append('kept', [update('b', '2')]);
        await store.delete('gone');
        expect(await store.load('gone')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
        expect(replay(await store.load('kept'))).toEqual({ b: '2' });
      }));

    it('keeps what was appended across a reopen', () =>
      withStore(async (store, reopen) => {
        await store.append('d', [update('a', '1')]);
        if (!reopen) return;
        const again = await reopen();
        expect(replay(await again.load('d'))).toEqual({ a: '1' });
      }));
  });
}
