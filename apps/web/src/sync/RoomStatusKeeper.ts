import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';

/** The y-websocket message type of Tavolo's status message (docs/protocol.md). */
export const MESSAGE_STATUS = 101;

/** One of this device's edits the server did not accept, and why. */
export interface RejectedEdit {
  /** The board root the edit wrote under: `cards`, `comments`, `votes`, … */
  readonly root: string;
  readonly key: string;
  /** The server's reason: `phase_closed`, `board_locked`, `voting_closed`, `over_budget`, … */
  readonly reason: string;
}

/** What the server tells this device about the room besides the document. */
export interface RoomStatus {
  /** Others' cards the server withholds from this device, per section (silent writing). */
  readonly withheld: Readonly<Record<string, number>>;
  /** This device's edits the server undid since the person last dismissed the notice. */
  readonly rejected: readonly RejectedEdit[];
}

export const EMPTY_STATUS: RoomStatus = { withheld: {}, rejected: [] };

/** Rejections kept for the notice; a modified client's flood stops at this many. */
const MAX_REJECTED = 20;
const NAME = /^[\w-]{1,64}$/;

/**
 * Keeps the server's status messages: how many cards silent writing withholds (a state the
 * server replaces whole) and which of this device's edits it did not accept (events, kept
 * until the person dismisses them). A message it cannot read is ignored.
 */
export class RoomStatusKeeper {
  private status: RoomStatus = EMPTY_STATUS;

  constructor(
    provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    provider.messageHandlers[MESSAGE_STATUS] = (_encoder, decoder) => {
      this.receive(decoding.readVarString(decoder));
    };
  }

  /** The status; the same object until it changes. */
  get = (): RoomStatus => this.status;

  /** The person has read the notice of rejected edits. */
  dismiss(): void {
    if (this.status.rejected.length === 0) return;
    this.status = { ...this.status, rejected: [] };
    this.onChange();
  }

  /** Applies one status message (exported for tests through the provider's handler). */
  receive(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (typeof parsed !== 'object' || parsed === null) return;
    const { withheld, rejected } = parsed as { withheld?: unknown; rejected?: unknown };
    let next = this.status;
    const counts = readWithheld(withheld);
    if (counts) next = { ...next, withheld: counts };
    const edits = readRejected(rejected);
    if (edits.length > 0) {
      const known = new Set(next.rejected.map(keyOf));
      const fresh = edits.filter((e) => !known.has(keyOf(e)));
      next = { ...next, rejected: [...next.rejected, ...fresh].slice(-MAX_REJECTED) };
    }
    if (next === this.status) return;
    if (sameWithheld(next.withheld, this.status.withheld) && next.rejected === this.status.rejected)
      return;
    this.status = next;
    this.onChange();
  }
}

const keyOf = (e: RejectedEdit) => `${e.root}/${e.key}/${e.reason}`;

function readWithheld(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [section, count] of Object.entries(value)) {
    if (NAME.test(section) && Number.isSafeInteger(count) && (count as number) > 0)
      out[section] = count as number;
  }
  return out;
}

function readRejected(value: unknown): RejectedEdit[] {
  if (!Array.isArray(value)) return [];
  const out: RejectedEdit[] = [];
  for (const item of value.slice(0, MAX_REJECTED)) {
    if (typeof item !== 'object' || item === null) continue;
    const { root, key, reason } = item as Record<string, unknown>;
    if (typeof root === 'string' && typeof key === 'string' && typeof reason === 'string')
      if (NAME.test(root) && key.length <= 200 && NAME.test(reason))
        out.push({ root, key, reason });
  }
  return out;
}

function sameWithheld(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
