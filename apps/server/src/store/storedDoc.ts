import * as Y from 'yjs';
import type { StoredDoc } from './DocStore.js';

/** Applies what storage holds (snapshot, then the log) to `doc`, in one transaction. */
export function applyStored(
  doc: Y.Doc,
  stored: Pick<StoredDoc, 'snapshot' | 'updates'>,
  origin: unknown = null,
): Y.Doc {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
      for (const update of stored.updates) Y.applyUpdate(doc, update, origin);
    },
    origin,
  );
  return doc;
}

/**
 * The update that `change` makes to a document whose state is `state`, computed on a scratch
 * copy so that nothing is applied before it is stored.
 */
export function changeOf(state: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, state);
    const before = Y.encodeStateVector(scratch);
    change(scratch);
    return Y.encodeStateAsUpdate(scratch, before);
  } finally {
    scratch.destroy();
  }
}

/** Bytes a stored document takes: its snapshot and its log. */
export function storedBytes(stored: Pick<StoredDoc, 'snapshot' | 'updates'>): number {
  let bytes = stored.snapshot?.length ?? 0;
  for (const update of stored.updates) bytes += update.length;
  return bytes;
}
