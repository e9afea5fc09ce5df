import type * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol.js';

/**
 * A room's answers to sync step 1. Clients joining together mostly send the same state vector
 * (empty, for a fresh phone): the reply is encoded once for them all, not once per client,
 * until the document changes.
 */
export class SyncReplies {
  /** The last reply and the state vector it answered, until the document changes. */
  private last: { stateVector: Uint8Array; message: Uint8Array } | null = null;

  constructor(private readonly doc: Y.Doc) {
    // 'afterTransaction', not 'update': an update listener makes Yjs encode every change again.
    doc.on('afterTransaction', this.forget);
  }

  /** The missing part of the document for a client at `stateVector` (already validated). */
  to(stateVector: Uint8Array): Uint8Array {
    const last = this.last;
    if (last && sameBytes(last.stateVector, stateVector)) return last.message;
    const message = encodeSyncStep2(this.doc, stateVector);
    this.last = { stateVector: stateVector.slice(), message };
    return message;
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.forget);
    this.last = null;
  }

  /** Only a transaction that changed the document: applying what it had already changes nothing. */
  private readonly forget = (transaction: Y.Transaction) => {
    if (transaction.deleteSet.clients.size === 0 && !advanced(transaction)) return;
    this.last = null;
  };
}

/** True when the transaction added content (some client's clock moved). */
function advanced(transaction: Y.Transaction): boolean {
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
