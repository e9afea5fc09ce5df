import * as Y from 'yjs';

/**
 * What a replica holds, as a comparable string: its state vector and its delete set. Equal
 * state vectors are not enough to call replicas converged, since a deletion does not move the
 * state vector.
 */
export function stateKey(doc: Y.Doc): string {
  return Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64');
}
