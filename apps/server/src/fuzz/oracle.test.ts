import {
  addCard,
  addComment,
  castVote,
  editCardText,
  initTable,
  registerParticipant,
  setPhase,
  type Actor,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardRun, nestedMaps } from './boardSpecs.js';
import { lostHonestEdits, violations, type OracleContext } from './oracle.js';
import { encodeUpdate } from './updates.js';

const LAURA: Actor = { id: 'laura', name: 'Laura', organisation: 'Reggiane', role: 'participant' };
const PAOLO: Actor = { id: 'paolo', name: 'Paolo', organisation: 'Ferri', role: 'participant' };
const MOD: Actor = { id: 'mod', name: 'Mod', organisation: 'Clust-ER', role: 'moderator' };

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
  registerParticipant(laura, LAURA, true);
  registerParticipant(paolo, PAOLO, true);
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
  joined: new Map([
    ['laura', { name: 'Laura', organisation: 'Reggiane' }],
    ['paolo', { name: 'Paolo', organisation: 'Ferri' }],
  ]),
  identities: new Set(['laura', 'paolo', 'mod']),
  privileged: new Set([1]),
  observers: new Set([99]),
  maxClients: 6,
};

describe('the oracle over a final board', () => {
  it('finds nothing wrong with honest work', () => {
    const { doc, laura } = honestBoard();
    expect(violations(doc, context)).toEqual([]);
    expect(lostHonestEdits(doc, laura)).toEqual([]);
  });

  it.each<[string, (doc: Y.Doc) => void, RegExp]>([
    [
      'a map entry with two values',
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [
              cardRun(
                7,
                0,
                'x',
                { participantId: 'laura', name: 'Laura', organisation: 'Reggiane' },
                { authorId: ['laura', 'paolo'] },
              ),
            ],
          }),
        ),
      /^1: /,
    ],
    [
      'maps nested under a card',
      (doc) => {
        const card = cardRun(7, 0, 'x', {
          participantId: 'laura',
          name: 'Laura',
          organisation: 'Reggiane',
        });
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [
              {
                ...card,
                structs: [
                  ...card.structs,
                  ...nestedMaps(7, card.structs.length, { client: 7, clock: 0 }, 3),
                ],
              },
            ],
          }),
        );
      },
      /^2: /,
    ],
    [
      'a card by someone who never joined',
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [cardRun(7, 0, 'x', { participantId: 'mallory', name: 'M', organisation: 'O' })],
          }),
        ),
      /^3: .*never joined/,
    ],
    [
      'a profile under another name',
      (doc) => {
        const device = new Y.Doc();
        device.clientID = 2;
        Y.applyUpdate(device, Y.encodeStateAsUpdate(doc));
        device.getMap('participants').set('laura', { name: 'Paolo', organisation: 'Reggiane' });
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(device, Y.encodeStateVector(doc)));
      },
      /^3: participants\/laura/,
    ],
    [
      "Laura's client writing Paolo's vote",
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [
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
            ],
          }),
        ),
      /^4: client 2 wrote as laura and paolo/,
    ],
    [
      'a participant writing the phase',
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [
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
            ],
          }),
        ),
      /^4: a participant's client wrote/,
    ],
    [
      "an observer's client id",
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({ runs: [{ client: 99, clock: 0, structs: [{ kind: 'gc', length: 1 }] }] }),
        ),
      /^5: /,
    ],
    [
      'too many client ids',
      (doc) =>
        Y.applyUpdate(
          doc,
          encodeUpdate({
            runs: [10, 11, 12, 13].map((client) => ({
              client,
              clock: 0,
              structs: [{ kind: 'gc' as const, length: 1 }],
            })),
          }),
        ),
      /^6: /,
    ],
  ])('names %s', (_name, damage, rule) => {
    const { doc } = honestBoard();
    damage(doc);
    expect(violations(doc, context)).toContainEqual(expect.stringMatching(rule));
  });

  it("names Laura's edits that a GC struct under her client id pre-empted", () => {
    const { laura } = honestBoard();
    const server = new Y.Doc({ gc: false });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(laura));
    const next = Y.getState(server.store, 2);
    Y.applyUpdate(
      server,
      encodeUpdate({ runs: [{ client: 2, clock: next, structs: [{ kind: 'gc', length: 50 }] }] }),
    );
    registerParticipant(laura, LAURA, false);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(laura));
    expect(lostHonestEdits(server, laura)).toContainEqual(expect.stringMatching(/^7: .*garbage/));
    expect(Y.getState(server.store, 2)).toBeGreaterThan(next);
  });
});
