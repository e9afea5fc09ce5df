import {
  addCard,
  addComment,
  BoardError,
  castVote,
  deleteCard,
  PHASES,
  retractVote,
  ROOT,
  setPhase,
  snapshot,
  updateCard,
  type Actor,
  prng,
} from '@tavolo/board';
import { afterEach, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { laggyWebSocket } from './testing/LaggyWebSocket.js';
import { startTestServer, type TestServer } from './testing/startTestServer.js';
import { stateKey } from './testing/stateKey.js';
import { until } from './testing/until.js';

const SEEDS = [11, 12, 13];
const STEPS = 160;
const SECTIONS = ['needs', 'trends', 'proposals'];

const MOD: Actor = { id: 'mod', role: 'moderator' };
const LAURA: Actor = { id: 'laura', role: 'participant' };
const PAOLO: Actor = {
  id: 'paolo',
  role: 'participant',
};

interface Client {
  readonly actor: Actor;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly closeCodes: number[];
}

let server: TestServer | null = null;
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.provider.destroy();
  await server?.stop();
  server = null;
});

describe('convergence through a real server, seeded', () => {
  it.each(SEEDS)(
    'seed %i: jittery, disconnecting clients converge with the server and lose nothing',
    async (seed) => {
      const rnd = prng(seed);
      const s = (server = await startTestServer());
      const network = laggyWebSocket(() => rnd.int(25));
      // Each person joins once through the catalogue; the server issues their participant id.
      const joined = new Map<Actor, { actor: Actor; token: string }>();
      for (const person of [MOD, LAURA, PAOLO]) {
        const join = await s.join('robotica', person.role);
        joined.set(person, { actor: { ...person, id: join.participantId }, token: join.token });
      }
      // Laura uses two devices.
      for (const person of [MOD, LAURA, LAURA, PAOLO, MOD]) {
        const { actor, token } = joined.get(person)!;
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(s.url, 'robotica', doc, {
          WebSocketPolyfill: network.Class as unknown as typeof globalThis.WebSocket,
          disableBc: true,
          maxBackoffTime: 50,
          params: { token },
        });
        const closeCodes: number[] = [];
        provider.on('connection-close', (event) => {
          if (event) closeCodes.push(event.code);
        });
        clients.push({ actor, doc, provider, closeCodes });
      }
      await until(() => clients.every((c) => c.provider.synced), 'first sync');
      // Who removed each card, for a failure to say: a device's own deletion, or the server's.
      const removedBy = new Map<string, string>();
      const watch = (doc: Y.Doc, who: (tr: Y.Transaction) => string | null) =>
        doc.getMap(ROOT.cards).observe((event, tr) => {
          const by = who(tr);
          if (!by) return;
          event.changes.keys.forEach((change, key) => {
            if (change.action === 'delete') removedBy.set(key, by);
          });
        });
      clients.forEach((c, i) => watch(c.doc, (tr) => (tr.local ? `device ${i}` : null)));
      const room0 = s.app.rooms.get('robotica')!.doc;
      watch(room0, (tr) => {
        const origin = tr.origin as { kind?: string } | null;
        return origin?.kind === 'local' ? 'the server' : null;
      });

      const created = new Set<string>();
      const deleted = new Set<string>();
      for (let step = 0; step < STEPS; step++) {
        const c = rnd.pick(clients);
        if (rnd.chance(0.06)) {
          if (c.provider.shouldConnect) c.provider.disconnect();
          else c.provider.connect();
        }
        const cards = [...c.doc.getMap(ROOT.cards).keys()];
        const card = cards.length > 0 ? rnd.pick(cards) : 'none';
        try {
          switch (rnd.int(8)) {
            case 0:
            case 1:
            case 2: {
              const section = rnd.pick(SECTIONS);
              created.add(addCard(c.doc, c.actor, { section, text: `s${seed}-${step}` }));
              break;
            }
            case 3:
              updateCard(c.doc, c.actor, card, { text: `e${step}` });
              break;
            case 4:
              castVote(c.doc, c.actor, card);
              break;
            case 5:
              if (rnd.chance(0.5)) retractVote(c.doc, c.actor, card);
              else addComment(c.doc, c.actor, card, `commento ${step}`);
              break;
            case 6:
              if (rnd.chance(0.3)) {
                deleteCard(c.doc, c.actor, card);
                deleted.add(card);
              }
              break;
            case 7:
              setPhase(c.doc, c.actor, rnd.pick(['sharing', 'voting', 'sharing', 'grouping']));
              break;
          }
        } catch (err) {
          if (!(err instanceof BoardError)) throw err;
        }
        // People pace their edits: now and then the next one waits until the network has
        // moved a few frames on, so edits interleave with deliveries instead of racing them.
        const frames = rnd.int(4);
        const target = network.delivered() + frames;
        await until(() => network.delivered() >= target || network.inFlight() === 0);
      }
      for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();

      const roomDoc = () => s.app.rooms.get('robotica')?.doc;
      await until(
        () =>
          clients.every(
            (c) => c.provider.synced && stateKey(c.doc) === stateKey(roomDoc() ?? new Y.Doc()),
          ),
        'convergence',
      );

      // No honest client was ever refused: a refusal would make it loop instead of syncing.
      for (const c of clients) expect(c.closeCodes.filter((code) => code >= 4000)).toEqual([]);
      const room = snapshot(roomDoc()!);
      for (const c of clients) expect(snapshot(c.doc)).toEqual(room);
      expect(PHASES).toContain(room.phase);
      const shown = new Set(room.sections.flatMap((sec) => sec.cards.map((card) => card.id)));
      const missing = [...created]
        .filter((id) => !deleted.has(id) && !shown.has(id))
        .map((id) => `${id}: removed by ${removedBy.get(id) ?? 'nobody seen'}`);
      expect(missing).toEqual([]);
      for (const id of deleted) expect(shown.has(id)).toBe(false);
    },
    60_000,
  );
});
