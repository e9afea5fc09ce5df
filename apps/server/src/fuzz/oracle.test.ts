import {
  addCard,
  addComment,
  castVote,
  eraseLegacyIdentities,
  editCardText,
  initTable,
  LEGACY,
  ROOT,
  setPhase,
  type Actor,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardRun,
  commentRun,
  field,
  legacyIdentity,
  legacyProfileStruct,
  nestedMaps,
} from './boardSpecs.js';
import { lostHonestEdits, updateViolations, violations, type OracleContext } from './oracle.js';
import { encodeUpdate, type ClientRun } from './updates.js';

const LAURA: Actor = { id: 'laura', role: 'participant' };
const PAOLO: Actor = { id: 'paolo', role: 'participant' };
const MOD: Actor = { id: 'mod', role: 'moderator' };
/** Laura as the catalogue knows her: the board must never hold this. */
const LAURA_JOINED = { participantId: 'laura', name: 'Laura', organisation: 'Reggiane' };

/** A board after honest work of a moderator (client 1), Laura (2) and Paolo (3). */
function honestBoard() {
  const devices = [1, 2, 3].map((client) => {
    const doc = new Y.Doc({ gc: false });
    doc.clientID = client;
    return doc;
  });
  const [mod, laura, paolo] = devices as [Y.Doc, Y.Doc, Y.Doc];
  const sync = () => {
    for (const a of devices) for (const b of devices) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  };
  initTable(mod, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  sync();
  const card = addCard(laura, LAURA, { section: 'needs', text: 'Serve un tecnico' });
  sync();
  addComment(paolo, PAOLO, card, 'Concordo');
  editCardText(mod, MOD, card, 'Servono tecnici');
  setPhase(mod, MOD, 'voting');
  sync();
  castVote(laura, LAURA, card);
  castVote(paolo, PAOLO, card);
  sync();
  return { doc: mod, laura, card };
}

const context: OracleContext = {
  initial: new Map(),
  identities: new Set(['laura', 'paolo', 'mod']),
  privileged: new Set([1]),
  observers: new Set([99]),
  maxClients: 6,
};

/** Applies an update of `runs`, and deletes of `deletes`, to `doc`. */
const write = (doc: Y.Doc, runs: ClientRun[], deletes: Array<[number, number, number]> = []) =>
  Y.applyUpdate(
    doc,
    encodeUpdate({
      runs,
      deletes: deletes.map(([client, clock, length]) => ({ client, ranges: [[clock, length]] })),
    }),
  );

/** The item holding card `id` in `doc`. */
const holderOf = (doc: Y.Doc, id: string) => {
  const item = doc.getMap<Y.Map<unknown>>(ROOT.cards).get(id)!._item!;
  return { client: item.id.client, clock: item.id.clock };
};

describe('the oracle over a final board', () => {
  it('finds nothing wrong with honest work', () => {
    const { doc, laura } = honestBoard();
    expect(violations(doc, context)).toEqual([]);
    expect(lostHonestEdits(doc, laura)).toEqual([]);
  });

  it.each<[string, (doc: Y.Doc, card: string) => void, RegExp]>([
    [
      'a map entry with two values',
      (doc) => write(doc, [cardRun(7, 0, 'x', LAURA_JOINED, { authorId: ['laura', 'paolo'] })]),
      /^1: /,
    ],
    [
      'maps nested under a card',
      (doc) => {
        const card = cardRun(7, 0, 'x', LAURA_JOINED);
        const nested = nestedMaps(7, card.structs.length, { client: 7, clock: 0 }, 3);
        write(doc, [{ ...card, structs: [...card.structs, ...nested] }]);
      },
      /^2: /,
    ],
    [
      'a card by someone who never joined',
      (doc) => write(doc, [cardRun(7, 0, 'x', { participantId: 'mallory' })]),
      /^3: .*never joined/,
    ],
    [
      "a card of Laura's own client with her name on it",
      (doc) =>
        write(doc, [
          cardRun(2, Y.getState(doc.store, 2), 'x', LAURA_JOINED, {
            override: legacyIdentity(LAURA_JOINED),
          }),
        ]),
      /^3: the authorName field of cards\/x holds a value \(live\)/,
    ],
    [
      "a card of the moderator's client with an organisation on it",
      (doc) =>
        write(doc, [
          cardRun(
            1,
            Y.getState(doc.store, 1),
            'x',
            { participantId: 'mod' },
            {
              override: { [LEGACY.organisation]: 'Clust-ER' },
            },
          ),
        ]),
      /^3: the organisation field of cards\/x holds a value \(live\)/,
    ],
    [
      'a comment with a name on it',
      (doc, card) =>
        write(doc, [
          commentRun(2, Y.getState(doc.store, 2), 'k', card, LAURA_JOINED, {
            [LEGACY.authorName]: 'Laura',
          }),
        ]),
      /^3: the authorName field of comments\/k holds a value/,
    ],
    [
      'a name added to an existing card',
      (doc, card) =>
        write(doc, [
          {
            client: 2,
            clock: Y.getState(doc.store, 2),
            structs: [field(holderOf(doc, card), LEGACY.authorName, 'Laura')],
          },
        ]),
      /^3: the authorName field of cards\/.* holds a value \(live\)/,
    ],
    [
      'a name added to a card and deleted by the same update (its value still in the document)',
      (doc, card) => {
        const clock = Y.getState(doc.store, 2);
        write(
          doc,
          [{ client: 2, clock, structs: [field(holderOf(doc, card), LEGACY.authorName, 'Laura')] }],
          [[2, clock, 1]],
        );
      },
      /^3: the authorName field of cards\/.* holds a value \(deleted, its value kept\)/,
    ],
    [
      'a profile under the old participants root',
      (doc) =>
        write(doc, [
          {
            client: 2,
            clock: Y.getState(doc.store, 2),
            structs: [legacyProfileStruct('laura', LAURA_JOINED)],
          },
        ]),
      /^3: participants\/laura holds a value/,
    ],
    [
      'a profile written by a device of before schema 3',
      (doc) => {
        const device = new Y.Doc();
        device.clientID = 2;
        Y.applyUpdate(device, Y.encodeStateAsUpdate(doc));
        device
          .getMap(LEGACY.participantsRoot)
          .set('laura', { name: 'Laura', organisation: 'Reggiane' });
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(device, Y.encodeStateVector(doc)));
      },
      /^3: participants\/laura/,
    ],
    [
      "Laura's client writing Paolo's vote",
      (doc) =>
        write(doc, [
          {
            client: 2,
            clock: Y.getState(doc.store, 2),
            structs: [
              {
                kind: 'item',
                parent: 'votes',
                parentSub: 'paolo/v9',
                content: { ref: 'any', values: [{ target: 'x' }] },
              },
            ],
          },
        ]),
      /^4: client 2 wrote as laura and paolo/,
    ],
    [
      'a participant writing the phase',
      (doc) =>
        write(doc, [
          {
            client: 2,
            clock: Y.getState(doc.store, 2),
            structs: [
              {
                kind: 'item',
                parent: 'control',
                parentSub: 'phase',
                content: { ref: 'any', values: ['closed'] },
              },
            ],
          },
        ]),
      /^4: a participant's client wrote/,
    ],
    [
      "an observer's client id",
      (doc) => write(doc, [{ client: 99, clock: 0, structs: [{ kind: 'gc', length: 1 }] }]),
      /^5: /,
    ],
    [
      'too many client ids',
      (doc) =>
        write(
          doc,
          [10, 11, 12, 13].map((client) => ({
            client,
            clock: 0,
            structs: [{ kind: 'gc' as const, length: 1 }],
          })),
        ),
      /^6: /,
    ],
  ])('names %s', (_name, damage, rule) => {
    const { doc, card } = honestBoard();
    damage(doc, card);
    expect(violations(doc, context)).toContainEqual(expect.stringMatching(rule));
  });

  it('finds nothing on a board of before schema 3 whose names the migration erased', () => {
    // The server's document collects garbage: erased values leave no copy in its encoding.
    const old = new Y.Doc();
    old.clientID = 5;
    initTable(old, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
    const card = addCard(old, LAURA, { section: 'needs', text: 'Serve un tecnico' });
    addComment(old, PAOLO, card, 'Concordo');
    old.transact(() => {
      const map = old.getMap<Y.Map<unknown>>(ROOT.cards).get(card)!;
      map.set(LEGACY.authorName, 'Laura');
      map.set(LEGACY.organisation, 'Reggiane');
      old.getMap(LEGACY.participantsRoot).set('laura', { name: 'Laura', organisation: 'Reggiane' });
    });
    const before = new Y.Doc({ gc: false });
    Y.applyUpdate(before, Y.encodeStateAsUpdate(old));
    expect(violations(before, { ...context, privileged: new Set([5]) })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3: the authorName field of cards/),
        expect.stringMatching(/^3: the organisation field of cards/),
        expect.stringMatching(/^3: participants\/laura/),
      ]),
    );
    eraseLegacyIdentities(old);
    const stored = new Y.Doc({ gc: false });
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(old));
    expect(violations(stored, { ...context, privileged: new Set([5]) })).toEqual([]);
  });

  it("names Laura's edits that a GC struct under her client id pre-empted", () => {
    const { laura, card } = honestBoard();
    const server = new Y.Doc({ gc: false });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(laura));
    const next = Y.getState(server.store, 2);
    Y.applyUpdate(
      server,
      encodeUpdate({ runs: [{ client: 2, clock: next, structs: [{ kind: 'gc', length: 50 }] }] }),
    );
    castVote(laura, LAURA, card);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(laura));
    expect(lostHonestEdits(server, laura)).toContainEqual(expect.stringMatching(/^7: .*garbage/));
    expect(Y.getState(server.store, 2)).toBeGreaterThan(next);
  });
});

describe('the oracle over relayed updates', () => {
  const relayed = (runs: ClientRun[]) => updateViolations(encodeUpdate({ runs }), context);

  it('finds nothing wrong with honest updates', () => {
    const { doc } = honestBoard();
    expect(updateViolations(Y.encodeStateAsUpdate(doc), context)).toEqual([]);
    expect(relayed([cardRun(7, 0, 'x', LAURA_JOINED)])).toEqual([]);
  });

  it.each<[string, ClientRun[], RegExp]>([
    [
      'a card with a name on it',
      [cardRun(7, 0, 'x', LAURA_JOINED, { override: legacyIdentity(LAURA_JOINED) })],
      /^3: relayed a value under the authorName field/,
    ],
    [
      'a name and organisation under a collected card',
      [
        {
          client: 7,
          clock: 0,
          structs: [
            field({ client: 3, clock: 0 }, LEGACY.organisation, 'Reggiane'),
            field({ client: 3, clock: 0 }, LEGACY.authorName, 'Laura'),
          ],
        },
      ],
      /^3: relayed a value under the organisation field/,
    ],
    [
      'a profile',
      [{ client: 7, clock: 0, structs: [legacyProfileStruct('laura', LAURA_JOINED)] }],
      /^3: relayed participants\/laura/,
    ],
    [
      'a map entry with two values',
      [cardRun(7, 0, 'x', LAURA_JOINED, { authorId: ['laura', 'paolo'] })],
      /^1: /,
    ],
    [
      "an observer's client id",
      [{ client: 99, clock: 0, structs: [{ kind: 'gc', length: 1 }] }],
      /^5: /,
    ],
  ])('names %s', (_name, runs, rule) => {
    expect(relayed(runs)).toContainEqual(expect.stringMatching(rule));
  });
});
