import { addCard, editCardText, ROOT, type Actor } from '@tavolo/board';
import { expect } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { stateKey } from './stateKey.js';
import { until } from './until.js';

/** A participant's y-websocket client that records every update it got from the server. */
export interface Writer {
  readonly actor: Actor;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Every update this client received from the server. */
  readonly received: Uint8Array[];
  /** Close codes of every connection the server closed. */
  readonly closes: number[];
}

/**
 * Joins participant `P<index>` to table robotica through the server's API (the demo table is
 * open to joins), then connects a y-websocket client with the token it was given.
 */
export async function writer(options: {
  index: number;
  url: string;
  WebSocketClass?: unknown;
}): Promise<Writer> {
  const base = options.url.replace(/^ws/, 'http').replace(/\/sync$/, '');
  const person = { name: `P${options.index}`, organisation: 'Org', consent: true };
  const res = await fetch(`${base}/api/tables/robotica/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  const { token, participantId } = (await res.json()) as { token: string; participantId: string };
  const actor: Actor = { id: participantId, ...person, role: 'participant' };
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
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return { actor, doc, provider, received, closes };
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
