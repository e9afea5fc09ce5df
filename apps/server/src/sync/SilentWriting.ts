import { CARD, readPhase, ROOT, runsTable, type Role } from '@tavolo/board';
import * as Y from 'yjs';
import type { Binding } from './ClientBindings.js';
import { encodeSyncStep2FromUpdate } from './protocol.js';

/** Who is looking: what decides what a connection may receive during silent writing. */
export interface Viewer {
  readonly role: Role;
  readonly participantId: string;
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/**
 * Silent writing, private on the wire. While the board is in the silent phase, what a
 * participant writes reaches nobody else but the people running the table (moderators, the
 * secretariat) and that participant's own devices: the server withholds every struct written
 * under another participant's client ids (the board binds each client id to its writer and
 * role) from participants and observers — in relays and in sync replies alike. When the phase
 * moves on, everyone receives what was withheld in one update: the reveal. The contributions
 * stay the very same Yjs items in the one board document, so their ids, authorship, undo
 * history and offline edits are untouched. Others see only counts (`withheldCounts`).
 */
export class SilentWriting {
  constructor(
    private readonly doc: Y.Doc,
    private readonly bindingOf: (client: number) => Binding | undefined,
  ) {}

  /** True while the board is in the silent phase. */
  get active(): boolean {
    return readPhase(this.doc) === 'silent';
  }

  /** Whether `viewer` receives everything now: any phase but silent, or running the table. */
  seesAll(viewer: Viewer): boolean {
    return !this.active || runsTable(viewer.role);
  }

  /** Client ids whose structs are withheld from `viewer`: other participants' ones. */
  hiddenFrom(viewer: Viewer): number[] {
    const hidden: number[] = [];
    for (const key of this.doc.getMap(ROOT.clients).keys()) {
      const client = Number(key);
      if (this.isOthers(client, viewer)) hidden.push(client);
    }
    return hidden;
  }

  /** Whether an update whose new structs are under `clients` may reach `viewer` now. */
  reaches(viewer: Viewer, clients: Iterable<number>): boolean {
    if (this.seesAll(viewer)) return true;
    for (const client of clients) if (this.isOthers(client, viewer)) return false;
    return true;
  }

  /** A sync step 2 for `viewer` at `stateVector`: the document minus what is withheld. */
  replyFor(viewer: Viewer, stateVector: Uint8Array): Uint8Array {
    const known = Y.decodeStateVector(stateVector);
    for (const client of this.hiddenFrom(viewer)) {
      known.set(client, Math.max(known.get(client) ?? 0, Y.getState(this.doc.store, client)));
    }
    return encodeSyncStep2FromUpdate(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(known)));
  }

  /**
   * What the reveal gives `viewer`: every struct of the client ids in `withheld` (from their
   * first clock: bytes it may already hold repeat harmlessly). Null when nothing was withheld.
   */
  revealFor(withheld: readonly number[]): Uint8Array | null {
    if (withheld.length === 0) return null;
    const from = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (const client of withheld) from.set(client, 0);
    return Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(from));
  }

  /**
   * Cards `viewer` does not receive now, counted per section: during silent writing a
   * participant and the projector see how many others wrote, not what.
   */
  withheldCounts(viewer: Viewer): Record<string, number> {
    const counts: Record<string, number> = {};
    if (this.seesAll(viewer)) return counts;
    this.doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((card) => {
      const item = card instanceof Y.Map ? card._item : null;
      if (!item || !this.isOthers(item.id.client, viewer)) return;
      const section = String(card.get(CARD.section) ?? '');
      counts[section] = (counts[section] ?? 0) + 1;
    });
    return counts;
  }

  private isOthers(client: number, viewer: Viewer): boolean {
    const binding = this.bindingOf(client);
    return binding?.role === 'participant' && binding.id !== viewer.participantId;
  }
}

/** The client ids an update writes new structs under. */
export function clientsOf(decoded: Decoded): Set<number> {
  const clients = new Set<number>();
  for (const struct of decoded.structs)
    if (!(struct instanceof Y.Skip)) clients.add(struct.id.client);
  return clients;
}
