import { addCard, editCardText, ROOT, type Actor } from '@tavolo/board';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { signToken } from '../auth/tokens.js';
import { stateKey } from './stateKey.js';
import { until } from './until.js';

/** A participant's y-websocket client that records every update it got from the server. */
export interface Writer {
  readonly actor: Actor;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Every update this client received from the server. */
  readonly received: Uint8Array[];
}

/** Connects participant `p<index>` of table robotica, signing its token with `secret`. */
export function writer(options: {
  index: number;
  url: string;
  secret: string;
  WebSocketClass?: unknown;
}): Writer {
  const actor: Actor = {
    id: `p${options.index}`,
    name: `P${options.index}`,
    organisation: 'Org',
    role: 'participant',
  };
  const token = signToken(
    {
      tableId: 'robotica',
      role: 'participant',
      participantId: actor.id,
      exp: Date.now() + 3_600_000,
    },
    Buffer.from(options.secret, 'utf8'),
  );
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(options.url, 'robotica', doc, {
    WebSocketPolyfill: (options.WebSocketClass ?? WebSocket) as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 100,
    params: { token },
  });
  const received: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) received.push(update);
  });
  return { actor, doc, provider, received };
}

/**
 * Every writer keeps adding cards and rewriting its own, online or not, every `everyMs`.
 * Returns how to stop and the ids of the cards created so far.
 */
export function keepWriting(writers: readonly Writer[], everyMs: number) {
  let n = 0;
  const mine = new Map<Writer, string[]>();
  const timer = setInterval(() => {
    for (const w of writers) {
      const own = mine.get(w) ?? [];
      if (own.length > 0 && n % 3 === 0)
        editCardText(w.doc, w.actor, own[n % own.length]!, `e${n}`);
      else own.push(addCard(w.doc, w.actor, { section: 'needs', text: `${w.actor.id}-${n}` }));
      mine.set(w, own);
      n++;
    }
  }, everyMs);
  return {
    stop: () => clearInterval(timer),
    created: () => [...mine.values()].flat(),
  };
}

/** Total updates the writers have received from the server. */
export const receivedCount = (writers: readonly Writer[]) =>
  writers.reduce((sum, w) => sum + w.received.length, 0);

/** Resolves once every writer is connected, synced and holds the same state as the others. */
export function converged(writers: readonly Writer[], limitMs = 60_000): Promise<void> {
  return until(
    () =>
      writers.every((w) => w.provider.synced && w.provider.wsconnected) &&
      writers.every((w) => stateKey(w.doc) === stateKey(writers[0]!.doc)),
    'convergence',
    limitMs,
  );
}

/**
 * Asserts that nothing any writer saw was lost: every update any writer received from the
 * server is in every replica and in storage, and every replica has the same cards, including
 * every card a writer created. Returns how many updates were checked.
 */
export function expectNothingLost(
  writers: readonly Writer[],
  fromStorage: Y.Doc,
  created: readonly string[],
): number {
  const replicas = [...writers.map((w) => w.doc), fromStorage];
  const snapshots = replicas.map((doc) => Y.snapshot(doc));
  let checked = 0;
  for (const w of writers) {
    for (const update of w.received) {
      for (const snap of snapshots) expect(Y.snapshotContainsUpdate(snap, update)).toBe(true);
      checked++;
    }
  }
  const cards = (doc: Y.Doc) => doc.getMap(ROOT.cards).toJSON();
  for (const doc of replicas) expect(cards(doc)).toEqual(cards(writers[0]!.doc));
  expect(Object.keys(cards(fromStorage))).toEqual(expect.arrayContaining([...created]));
  return checked;
}
