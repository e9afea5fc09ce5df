import { addCard, CARD, ROOT, type Actor } from '@tavolo/board';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { updateBody } from '../clients/framing.js';

/**
 * The frames hostile clients send. Each builder returns whole y-websocket message bodies of
 * about `bytes` bytes, under the server's message limit (TAVOLO_MAX_MESSAGE_BYTES, 1 MiB).
 */

/** A message's bytes beyond its update: type, sub-type and the update's length. */
const FRAME_OVERHEAD = 8;

/**
 * An update that can never resolve, carrying one large string: the writer's clock 0 is never
 * sent, and this item (clock 1) builds on it. The server parks it, counting its bytes against
 * the writer's connection, room and process; decoded, it costs about what it weighs.
 */
export function parkedStringFrame(clientId: number, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const votes = doc.getMap(ROOT.votes);
  votes.set('gap', 0);
  const sent = Y.encodeStateVector(doc);
  votes.set('gap', 'a'.repeat(bytes - FRAME_OVERHEAD - 40));
  const update = Y.encodeStateAsUpdate(doc, sent);
  doc.destroy();
  return updateBody(update);
}

/**
 * The same, as densely as Yjs can encode it: garbage-collected structs of two bytes each
 * (kind, length), starting at clock 1000 of the writer's id, so that none can resolve. Decoded,
 * every struct becomes two JS objects (the struct and its id): some 40 times the bytes the
 * server counts for it.
 */
export function parkedDenseFrame(clientId: number, bytes: number): Uint8Array {
  const structs = Math.floor((bytes - FRAME_OVERHEAD - 16) / 2);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, structs);
  encoding.writeVarUint(e, clientId);
  encoding.writeVarUint(e, 1000); // clocks 0..999 never come
  for (let i = 0; i < structs; i++) {
    encoding.writeUint8(e, 0); // a GC struct
    encoding.writeVarUint(e, 1); // of length 1
  }
  encoding.writeVarUint(e, 0); // no deletions
  return updateBody(encoding.toUint8Array(e));
}

/**
 * A participant's own edits, each rewriting the text of one card of theirs with `textBytes`
 * of text: valid for the server (authored by them, under their client id, a known field holding
 * a string; the server bounds no text length, only the board's operations refuse long texts,
 * so the field is set directly), committed and relayed to everyone at the table.
 */
export function cardRewrites(
  base: Uint8Array,
  actor: Actor,
  clientId: number,
  textBytes: number,
): () => Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  Y.applyUpdate(doc, base);
  const id = `${actor.id}-big`;
  let made = 0;
  return () => {
    let update: Uint8Array | null = null;
    const take = (u: Uint8Array) => (update = u);
    doc.on('update', take);
    if (made++ === 0) {
      addCard(doc, actor, { section: 'needs', text: 'Scheda' }, { id });
    } else {
      // A different text each time: the relay must send each one in full.
      const card = doc.getMap<Y.Map<unknown>>(ROOT.cards).get(id)!;
      card.set(CARD.text, `${made} ${'x'.repeat(textBytes)}`);
    }
    doc.off('update', take);
    return updateBody(update!);
  };
}

/**
 * A participant's own votes, as many per message as fit in `bytes`: every key is theirs
 * (`<participantId>/…`) and new, each value a plain number, under their own client id with
 * clocks that continue: valid, so every message is stored, applied and relayed, and the board
 * grows by what it weighs until its bound (TAVOLO_MAX_BOARD_BYTES), while the server's document
 * holds one Yjs item per vote. Encoded directly (Yjs's v1 layout of a root-map item without
 * origins) so that the generator does not spend a core building them.
 */
export function voteFloods(
  participantId: string,
  clientId: number,
  bytes: number,
): () => Uint8Array {
  let clock = 0;
  return () => {
    const e = encoding.createEncoder();
    const keys: string[] = [];
    // Item bytes: info, parent info, root name, key, content length, value.
    let size = 8;
    while (size < bytes - FRAME_OVERHEAD - 64) {
      const key = `${participantId}/${(clock + keys.length).toString(36)}`;
      keys.push(key);
      size += 1 + 1 + 1 + ROOT.votes.length + 1 + key.length + 1 + 2;
    }
    encoding.writeVarUint(e, 1); // one client
    encoding.writeVarUint(e, keys.length);
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    for (const key of keys) {
      encoding.writeUint8(e, ITEM_ANY_WITH_KEY);
      encoding.writeVarUint(e, 1); // the parent is a root, named
      encoding.writeVarString(e, ROOT.votes);
      encoding.writeVarString(e, key);
      encoding.writeVarUint(e, 1); // one value
      encoding.writeAny(e, 1);
    }
    encoding.writeVarUint(e, 0); // no deletions
    clock += keys.length;
    return updateBody(encoding.toUint8Array(e));
  };
}

/** Info byte of an item with content ContentAny (ref 8), a parentSub, and no origins. */
const ITEM_ANY_WITH_KEY = 8 | 0x20;
