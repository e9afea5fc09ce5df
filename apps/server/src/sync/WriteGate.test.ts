import { addCard, CARD, initTable, ROOT, type Actor } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writerOf } from '../testing/members.js';
import type { Writer } from './authorizeUpdate.js';
import { MAX_PARKED_PER_SOCKET, TOO_MANY_PARKED, WriteGate, type Refusal } from './WriteGate.js';

const LAURA: Actor = { id: 'laura', role: 'participant' };
const laura: Writer = writerOf(LAURA);
const paolo: Writer = writerOf({ ...LAURA, id: 'paolo' });

function room(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  return doc;
}

/** A client replica of `doc` that records each of its transactions as one update. */
function replica(doc: Y.Doc) {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  return { client, updates };
}

function offer(gate: WriteGate<string>, socket: string, writer: Writer, update: Uint8Array) {
  const refusals: Refusal<string>[] = [];
  const admission = gate.offer(socket, writer, update, Y.decodeUpdate(update), (r) =>
    refusals.push(r),
  );
  return { admission, refusals };
}

const cards = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(ROOT.cards);

describe('WriteGate', () => {
  it('parks live edits that overtake the update they build on, then admits them in order', () => {
    const doc = room();
    const gate = new WriteGate<string>(doc);
    const { client, updates } = replica(doc);
    addCard(client, LAURA, { section: 'needs', text: 'Saldatori' }, { id: 'c1' });
    cards(client).get('c1')!.set(CARD.text, 'Saldatori esperti');
    cards(client).get('c1')!.set(CARD.text, 'Saldatori TIG esperti');
    const [create, edit1, edit2] = updates as [Uint8Array, Uint8Array, Uint8Array];

    expect(offer(gate, 'a', laura, edit1).admission).toEqual({ kind: 'parked' });
    expect(offer(gate, 'a', laura, edit2).admission).toEqual({ kind: 'parked' });
    expect(gate.parkedCount).toBe(2);
    expect(gate.hasAdmitted).toBe(false);

    expect(offer(gate, 'a', laura, create).admission).toEqual({ kind: 'admitted' });
    expect(gate.parkedCount).toBe(0);
    const batch = gate.takeBatch();
    expect(batch.map((b) => b.update)).toEqual([create, edit1, edit2]);
    for (const b of batch) Y.applyUpdate(doc, b.update);
    gate.settled();
    expect(cards(doc).get('c1')!.get(CARD.text)).toBe('Saldatori TIG esperti');
  });

  it('resolves a card whose text was rewritten a hundred times in one update', () => {
    const doc = room();
    const gate = new WriteGate<string>(doc);
    const { client } = replica(doc);
    const before = Y.encodeStateVector(client);
    addCard(client, LAURA, { section: 'needs', text: 'v0' }, { id: 'c1' });
    for (let i = 1; i <= 100; i++) cards(client).get('c1')!.set(CARD.text, `v${i}`);
    const update = Y.encodeStateAsUpdate(client, before);
    expect(offer(gate, 'a', laura, update).admission).toEqual({ kind: 'admitted' });
  });

  it('refuses a parked update once it can be checked and turns out to be forbidden', () => {
    const doc = room();
    const gate = new WriteGate<string>(doc);
    const { client, updates } = replica(doc);
    addCard(client, LAURA, { section: 'needs', text: 'di Laura' }, { id: 'c1' });
    cards(client).get('c1')!.set(CARD.text, 'riscritto da Paolo');
    const [create, foreignEdit] = updates as [Uint8Array, Uint8Array];

    // Paolo relays an edit of Laura's card before the card itself reached the room: once
    // Laura's card is in, her client id is hers, and Paolo may not write under it.
    expect(offer(gate, 'p', paolo, foreignEdit).admission).toEqual({ kind: 'parked' });
    const { admission, refusals } = offer(gate, 'a', laura, create);
    expect(admission).toEqual({ kind: 'admitted' });
    expect(refusals).toEqual([{ socket: 'p', writer: paolo, reason: 'foreign_client' }]);
    expect(gate.takeBatch().map((b) => b.socket)).toEqual(['a']);
  });

  it('asks a socket to resync once too many of its updates wait for dependencies', () => {
    const doc = room();
    const gate = new WriteGate<string>(doc);
    const { client, updates } = replica(doc);
    addCard(client, LAURA, { section: 'needs', text: 'x' }, { id: 'c1' });
    for (let i = 0; i <= MAX_PARKED_PER_SOCKET; i++)
      cards(client).get('c1')!.set(CARD.text, `${i}`);
    const edits = updates.slice(1);
    for (const edit of edits.slice(0, MAX_PARKED_PER_SOCKET)) {
      expect(offer(gate, 'a', laura, edit).admission.kind).toBe('parked');
    }
    expect(offer(gate, 'a', laura, edits[MAX_PARKED_PER_SOCKET]!).admission).toEqual({
      kind: 'refused',
      reason: TOO_MANY_PARKED,
    });
    gate.forget('a');
    expect(gate.parkedCount).toBe(0);
  });

  it('drops what a socket admitted after a batch of it was lost, and keeps the others', () => {
    const doc = room();
    const gate = new WriteGate<string>(doc);
    const a = replica(doc);
    const b = replica(doc);
    addCard(a.client, LAURA, { section: 'needs', text: 'prima' }, { id: 'c1' });
    addCard(b.client, { ...LAURA, id: 'paolo' }, { section: 'needs', text: 'P' });
    offer(gate, 'a', laura, a.updates[0]!);
    const lostBatch = gate.takeBatch();
    a.client.getMap<Y.Map<unknown>>(ROOT.cards).get('c1')!.set(CARD.text, 'dopo');
    expect(offer(gate, 'a', laura, a.updates[1]!).admission.kind).toBe('admitted');
    expect(offer(gate, 'b', paolo, b.updates[0]!).admission.kind).toBe('admitted');

    gate.settled(new Set(lostBatch.map((x) => x.socket)));
    expect(gate.takeBatch().map((x) => x.socket)).toEqual(['b']);
  });
});
