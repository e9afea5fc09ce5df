import { addCard, CARD, initTable, ROOT, type Actor } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writerOf } from '../testing/members.js';
import { rawUpdate, type RawStruct } from '../testing/rawUpdate.js';
import { authorizeUpdate, type Owners, type Writer } from './authorizeUpdate.js';
import { UpdateIndex } from './UpdateIndex.js';

// Updates built by hand, byte by byte (testing/rawUpdate.ts), as a hostile client would send
// them: shapes no Yjs encoder makes, judged for what every reader of the board would read.

const LAURA: Actor = { id: 'laura', role: 'participant' };
const laura = writerOf(LAURA);
const observer = writerOf({ id: 'wall', role: 'observer' });
const moderator = writerOf({ id: 'mod', role: 'moderator' });

/** Laura wrote card `cl` with client id LAURA_CLIENT; PAOLO_CLIENT belongs to Paolo. */
const LAURA_CLIENT = 1001;
const PAOLO_CLIENT = 2002;
const owners: Owners = {
  bound: (client) =>
    client === LAURA_CLIENT ? 'laura' : client === PAOLO_CLIENT ? 'paolo' : undefined,
  reserved: () => undefined,
};

function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  const phone = new Y.Doc();
  phone.clientID = LAURA_CLIENT;
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc));
  addCard(phone, LAURA, { section: 'needs', text: 'di Laura' }, { id: 'cl' });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(phone));
  return doc;
}

function judge(room: Y.Doc, update: Uint8Array, writer: Writer): string | null {
  const decoded = Y.decodeUpdate(update);
  const index = new UpdateIndex(room);
  index.add(decoded);
  const verdict = authorizeUpdate(decoded, index, room, writer, owners);
  return verdict.ok ? null : verdict.reason;
}

/** The item id of Laura's card map, and the clock Laura's client writes next. */
function lauraCard(room: Y.Doc) {
  const card = room.getMap<Y.Map<unknown>>(ROOT.cards).get('cl')!;
  return {
    id: [card._item!.id.client, card._item!.id.clock] as const,
    next: Y.getState(room.store, LAURA_CLIENT),
  };
}

/** An item setting `field` of Laura's card, under her own client id. */
function field(
  room: Y.Doc,
  key: string,
  content: Extract<RawStruct, { kind: 'item' }>['content'],
): RawStruct {
  const { id, next } = lauraCard(room);
  return { kind: 'item', client: LAURA_CLIENT, clock: next, parent: id, parentSub: key, content };
}

describe('authorizeUpdate on hand-built structs', () => {
  it('refuses a map entry carrying two values (readers read the last, the check the first)', () => {
    const room = roomDoc();
    const two = rawUpdate([field(room, CARD.authorId, { ref: 'any', values: ['laura', 'paolo'] })]);
    expect(judge(room, two, laura)).toBe('malformed_layout');
    const one = rawUpdate([field(room, CARD.text, { ref: 'any', values: ['ok'] })]);
    expect(judge(room, one, laura)).toBeNull();
  });

  it.each([
    ['a string', { ref: 'string', text: 'x' }],
    ['binary', { ref: 'binary', bytes: new Uint8Array([1]) }],
    ['an array type', { ref: 'type', typeRef: 0 }],
    ['an XML element', { ref: 'type', typeRef: 3, nodeName: 'p' }],
  ] as const)('refuses %s as a card field', (_name, content) => {
    const room = roomDoc();
    expect(judge(room, rawUpdate([field(room, CARD.text, content)]), laura)).toBe(
      'malformed_layout',
    );
  });

  it('refuses maps nested three deep under her own card, for every role', () => {
    const room = roomDoc();
    const { id, next } = lauraCard(room);
    const nested: RawStruct[] = [];
    let parent: readonly [number, number] = id;
    for (let depth = 0; depth < 3; depth++) {
      const clock = next + depth;
      nested.push({
        kind: 'item',
        client: LAURA_CLIENT,
        clock,
        parent,
        parentSub: CARD.text,
        content: { ref: 'type', typeRef: 1 },
      });
      parent = [LAURA_CLIENT, clock];
    }
    expect(judge(room, rawUpdate(nested), laura)).toBe('malformed_layout');
  });

  it('refuses GC-only and Skip-only updates from an observer', () => {
    const room = roomDoc();
    const gc = rawUpdate([{ kind: 'gc', client: 777, clock: 0, length: 5 }]);
    expect(judge(room, gc, observer)).toBe('observer_write');
    // A skip writes nothing: allowed, and it changes nothing (not stored, not relayed).
    const skip = rawUpdate([{ kind: 'skip', client: 777, clock: 0, length: 5 }]);
    const decoded = Y.decodeUpdate(skip);
    const index = new UpdateIndex(room);
    index.add(decoded);
    expect(authorizeUpdate(decoded, index, room, observer, owners)).toMatchObject({
      ok: true,
      changes: false,
    });
  });

  it('refuses a GC struct in another participant’s client id (foreign_client)', () => {
    const room = roomDoc();
    const gc = rawUpdate([{ kind: 'gc', client: PAOLO_CLIENT, clock: 0, length: 1000 }]);
    expect(judge(room, gc, laura)).toBe('foreign_client');
    expect(judge(room, gc, moderator)).toBe('foreign_client');
  });

  it('binds a fresh client id to its first writer', () => {
    const room = roomDoc();
    const fresh = rawUpdate([{ kind: 'gc', client: 3003, clock: 0, length: 3 }]);
    const decoded = Y.decodeUpdate(fresh);
    const index = new UpdateIndex(room);
    index.add(decoded);
    expect(authorizeUpdate(decoded, index, room, laura, owners)).toMatchObject({
      ok: true,
      newClients: [3003],
    });
  });

  it('refuses a participant writing beyond 2^32 clocks', () => {
    const room = roomDoc();
    const far = rawUpdate([
      {
        kind: 'item',
        client: 4004,
        clock: 0,
        parent: ROOT.votes,
        parentSub: 'laura/v9',
        content: { ref: 'deleted', length: 2 ** 33 },
      },
    ]);
    expect(judge(room, far, laura)).toBe('malformed_layout');
  });

  it('refuses a GC struct whose clocks reach past 2^32 (malformed_layout)', () => {
    const room = roomDoc();
    const plant = rawUpdate([{ kind: 'gc', client: LAURA_CLIENT, clock: 0, length: 2 ** 40 }]);
    expect(judge(room, plant, laura)).toBe('malformed_layout');
  });

  it('judges a delete range of 2^40 clocks over garbage by its structs, not its length', () => {
    const room = roomDoc();
    // Laura's client collected a long run of her own deleted content: one GC struct.
    Y.applyUpdate(room, rawUpdate([{ kind: 'gc', client: 5005, clock: 0, length: 2 ** 40 }]));
    // An honest-looking client repeats the deletion of the whole range. A linear walk over
    // the clocks would not return within the test's time.
    const repeat = rawUpdate([], [{ client: 5005, clock: 0, length: 2 ** 40 }]);
    const decoded = Y.decodeUpdate(repeat);
    const index = new UpdateIndex(room);
    index.add(decoded);
    expect(authorizeUpdate(decoded, index, room, laura, owners)).toMatchObject({
      ok: true,
      changes: false,
    });
  });

  it('refuses items inserted into a root as if it were a list', () => {
    const room = roomDoc();
    const listy = rawUpdate([
      {
        kind: 'item',
        client: LAURA_CLIENT,
        clock: lauraCard(room).next,
        parent: ROOT.cards,
        content: { ref: 'any', values: ['x'] },
      },
    ]);
    expect(judge(room, listy, laura)).toBe('malformed_layout');
  });
});
