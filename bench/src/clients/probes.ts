import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { providerEndpoint } from '../servers/targets.js';

/**
 * `ws` with an error listener on every socket: a provider destroyed while its socket is still
 * connecting (a probe giving up on a collapsed server) makes `ws` emit an error nobody else
 * listens to, which would crash the run.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** A real provider client (y-websocket's WebsocketProvider, or HocuspocusProvider). */
export interface Probe {
  readonly doc: Y.Doc;
  readonly synced: Promise<void>;
  /** The close code and reason when the server refused the probe's connection, else null. */
  refused(): string | null;
  destroy(): void;
}

/**
 * Joins `tableId` with the stock provider of `server`'s protocol, with an observer's token on
 * ours (`probeToken`). A relay keeps no document, so a probe there starts from the table's
 * base like the load clients do.
 */
export function startProbe(
  server: ServerProcess,
  tableId: string,
  base: Uint8Array,
  token: string,
): Probe {
  const doc = new Y.Doc();
  if (server.kind === 'relay') Y.applyUpdate(doc, base);
  if (server.kind === 'hocuspocus') {
    let resolve = () => {};
    const synced = new Promise<void>((r) => (resolve = r));
    // Node 20 has no WebSocket global: the socket provider is given `ws`.
    const websocketProvider = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${server.port}/`,
      WebSocketPolyfill: QuietWebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider,
      name: tableId,
      document: doc,
      token: 'bench',
      onSynced: () => resolve(),
    });
    // A provider given its socket does not attach itself.
    provider.attach();
    return {
      doc,
      synced,
      refused: () => null,
      destroy: () => {
        provider.destroy();
        websocketProvider.destroy();
        doc.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(providerEndpoint(server), tableId, doc, {
    params: { token },
    WebSocketPolyfill: QuietWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Our server's own messages (100: the table's people directory, 101: status) mean nothing
  // to a probe, which only compares documents: read them as the web app does, and drop them.
  for (const type of [100, 101]) provider.messageHandlers[type] = () => {};
  // A refusal by the server (44xx) ends a stock provider for good: say so in the verdict.
  let refused: string | null = null;
  provider.on('connection-close', (event: { code: number; reason: string } | null) => {
    if (event && event.code >= 4000) refused ??= `${event.code} ${event.reason}`;
  });
  // A relay never answers a sync: there the probe is ready once its socket is open (before
  // that, edits sent by the crowd would pass it by, and it could never hold them).
  const synced =
    server.kind === 'relay'
      ? new Promise<void>((resolve) => {
          if (provider.wsconnected) resolve();
          provider.on('status', (event: { status: string }) => {
            if (event.status === 'connected') resolve();
          });
        })
      : new Promise<void>((resolve) => {
          if (provider.synced) resolve();
          provider.once('sync', () => resolve());
        });
  return {
    doc,
    synced,
    refused: () => refused,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Seats an observer for a probe (ours opens sockets only for people it records). */
export async function probeToken(server: ServerProcess, tableId: string, name: string) {
  return (await server.guests.one(tableId, 'observer', { name, organisation: 'Bench' })).token;
}

/** True when `doc` holds every client's content up to the given clocks. */
export function holds(doc: Y.Doc, clocks: ReadonlyMap<number, number>): boolean {
  for (const [client, clock] of clocks) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}

/** A comparable fingerprint: state vector and content of every root. */
export function fingerprint(doc: Y.Doc): string {
  const roots: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) roots[name] = doc.getMap(name).toJSON();
  const sv = [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((a, b) => a[0] - b[0]);
  return stable({ sv, roots });
}

/** JSON with object keys sorted: map insertion order differs between replicas. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Waits (up to `timeoutMs`) until every probe holds what the load clients sent, then checks
 * that all probes are equal. Returns null on success, else what went wrong.
 */
export async function converge(
  probes: readonly Probe[],
  clocks: ReadonlyMap<number, number>,
  timeoutMs = 10_000,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  while (!probes.every((p) => holds(p.doc, clocks))) {
    if (Date.now() > deadline) {
      const missing = probes.filter((p) => !holds(p.doc, clocks));
      const gaps = [...clocks].filter(([c, k]) => Y.getState(missing[0]!.doc.store, c) < k);
      const [client, clock] = gaps[0]!;
      const has = Y.getState(missing[0]!.doc.store, client);
      const refused = missing.map((p) => p.refused()).find((r) => r !== null);
      const why = refused ? `; closed by the server: ${refused}` : '';
      return `${missing.length} of ${probes.length} probes lack edits after ${timeoutMs} ms (${gaps.length} writers behind, e.g. ${has} of ${clock}${why})`;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const prints = probes.map((p) => fingerprint(p.doc));
  return prints.every((p) => p === prints[0]) ? null : 'probe documents differ';
}
