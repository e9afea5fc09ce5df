import type * as Y from 'yjs';
import { encodeSyncStep1, encodeSyncStep2 } from './protocol.js';

/**
 * A room's sync messages: the answer to a client's sync step 1, and its own step 1 that greets
 * every newcomer. Clients joining together mostly send the same state vector (empty, for a
 * fresh phone): each is encoded once for them all, not once per client, until the document
 * changes (a join storm of 150 phones otherwise encodes both 150 times: bench W6).
 */
export class SyncReplies {
  /** The last reply and the state vector it answered, until the document changes. */
  private last: { stateVector: Uint8Array; message: Uint8Array } | null = null;
  /** The room's own sync step 1 (its state vector), until the document changes. */
  private greeting: Uint8Array | null = null;

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

  /** The room's sync step 1, asking a newcomer for what the room lacks. */
  step1(): Uint8Array {
    return (this.greeting ??= encodeSyncStep1(this.doc));
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.forget);
    this.last = null;
  }

  /** Only a transaction that changed the document: applying what it had already changes nothing. */
  private readonly forget = (transaction: Y.Transaction) => {
    if (transaction.deleteSet.clients.size === 0 && !advanced(transaction)) return;
    this.last = null;
    this.greeting = null;
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
