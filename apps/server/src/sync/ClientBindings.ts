import { ROOT } from '@tavolo/board';
import * as Y from 'yjs';

/** The owner of the client ids the server itself writes under. */
export const SERVER_OWNER = '@server';

/** Who owns a client id: the participant id that first wrote with it, and that person's role. */
export interface Binding {
  readonly id: string;
  readonly role: string;
}

/**
 * Which participant owns which Yjs client id, kept with the board in its `clients` map (a
 * client id -> { id, role } of the participant that first wrote with it). The server writes the bindings
 * from a scratch document of its own, under a client id of its own (bound to itself), so the
 * binding update is stored in the same commit as the writes that made it, and replays with
 * the board after a restart.
 */
export class ClientBindings {
  private scratch: Y.Doc | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** The owner the board binds `client` to, or the server for its own ids. */
  ownerOf(client: number): string | undefined {
    return this.bindingOf(client)?.id;
  }

  /** The binding of `client`: its owner and the owner's role. */
  bindingOf(client: number): Binding | undefined {
    if (client === this.doc.clientID || client === this.scratch?.clientID) {
      return { id: SERVER_OWNER, role: 'server' };
    }
    const value = this.doc.getMap(ROOT.clients).get(String(client)) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, role } = value as Partial<Binding>;
    return typeof id === 'string' && typeof role === 'string' ? { id, role } : undefined;
  }

  /** The update that binds each client id to its owner; null when there is nothing to bind. */
  encode(bindings: ReadonlyMap<number, Binding>): Uint8Array | null {
    if (bindings.size === 0) return null;
    const first = this.scratch === null;
    const scratch = this.scratch ?? this.freshScratch();
    const before = Y.encodeStateVector(scratch);
    scratch.transact(() => {
      const map = scratch.getMap<Binding>(ROOT.clients);
      if (first) map.set(String(scratch.clientID), { id: SERVER_OWNER, role: 'server' });
      for (const [client, binding] of bindings) map.set(String(client), { ...binding });
    });
    return Y.encodeStateAsUpdate(scratch, before);
  }

  /**
   * Forgets the scratch document after its last update was not stored: the next binding starts
   * a new client id, so the room never receives a server update with a gap in its clocks.
   */
  reset(): void {
    this.scratch?.destroy();
    this.scratch = null;
  }

  destroy(): void {
    this.reset();
  }

  private freshScratch(): Y.Doc {
    const scratch = new Y.Doc();
    // A client id nobody has written under in this board.
    while (
      scratch.clientID === this.doc.clientID ||
      Y.getState(this.doc.store, scratch.clientID) > 0 ||
      this.ownerOf(scratch.clientID) !== undefined
    ) {
      scratch.clientID = Math.floor(Math.random() * 0xffffffff);
    }
    this.scratch = scratch;
    return scratch;
  }
}
