import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncReplies } from './SyncReplies.js';

const EMPTY = Y.encodeStateVector(new Y.Doc());

describe('the sync replies of a room', () => {
  it('are encoded once for clients at the same state, until the document changes', () => {
    const doc = new Y.Doc();
    doc.getMap('cards').set('a', 1);
    const replies = new SyncReplies(doc);
    const first = replies.to(EMPTY);
    // Applying what the document has already, or an empty transaction, changes nothing.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(doc));
    doc.transact(() => {});
    expect(replies.to(EMPTY)).toBe(first);

    doc.getMap('cards').set('b', 2);
    const second = replies.to(EMPTY);
    expect(second).not.toBe(first);
    doc.getMap('cards').delete('a');
    const third = replies.to(EMPTY);
    expect(third).not.toBe(second);
    // The reply is the document as it is now.
    // The room's own step 1 follows the document too.
    const step1 = replies.step1();
    expect(replies.step1()).toBe(step1);
    doc.getMap('cards').set('c', 3);
    const asked = decoding.createDecoder(replies.step1());
    expect([decoding.readVarUint(asked), decoding.readVarUint(asked)]).toEqual([0, 0]);
    expect(Y.decodeStateVector(decoding.readVarUint8Array(asked))).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(doc)),
    );
    const reader = new Y.Doc();
    const message = decoding.createDecoder(third);
    expect([decoding.readVarUint(message), decoding.readVarUint(message)]).toEqual([0, 1]);
    Y.applyUpdate(reader, decoding.readVarUint8Array(message));
    expect(reader.getMap('cards').toJSON()).toEqual({ b: 2 });
  });
});
