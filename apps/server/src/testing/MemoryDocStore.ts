import type { DocStore, StoredDoc } from '../store/DocStore.js';

/** A DocStore in memory whose calls can be delayed or made to fail, for room tests. */
export class MemoryDocStore implements DocStore {
  readonly docs = new Map<
    string,
    { snapshot: Uint8Array | null; snapshotSeq: number; log: [number, Uint8Array][] }
  >();
  /** Resolves pending loads when called; set `holdLoads` first. */
  holdLoads = false;
  failAppends = false;
  appendCalls = 0;
  private readonly heldLoads: Array<() => void> = [];

  releaseLoads(): void {
    for (const release of this.heldLoads.splice(0)) release();
  }

  private entry(doc: string) {
    let e = this.docs.get(doc);
    if (!e) this.docs.set(doc, (e = { snapshot: null, snapshotSeq: 0, log: [] }));
    return e;
  }

  async load(docName: string): Promise<StoredDoc> {
    if (this.holdLoads) await new Promise<void>((resolve) => this.heldLoads.push(resolve));
    const e = this.entry(docName);
    return {
      snapshot: e.snapshot,
      updates: e.log.map(([, u]) => u),
      lastSeq: e.log.at(-1)?.[0] ?? e.snapshotSeq,
    };
  }

  async append(docName: string, updates: readonly Uint8Array[]): Promise<number> {
    this.appendCalls++;
    if (this.failAppends) throw new Error('disk full');
    const e = this.entry(docName);
    let seq = e.log.at(-1)?.[0] ?? e.snapshotSeq;
    for (const u of updates) e.log.push([++seq, u]);
    return seq;
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const e = this.entry(docName);
    if (throughSeq < e.snapshotSeq) return;
    e.snapshot = snapshot;
    e.snapshotSeq = throughSeq;
    e.log = e.log.filter(([seq]) => seq > throughSeq);
  }

  async delete(docName: string): Promise<void> {
    this.docs.delete(docName);
  }

  async close(): Promise<void> {}
}
