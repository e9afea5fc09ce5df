import type * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { PARTICIPANT, ROOT } from './keys.js';

/** A participant's profile as the board keeps it, for the paper's consent rules. */
export interface ParticipantProfile {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** Whether the person agreed to be named in the position paper. */
  readonly consent: boolean;
  readonly joinedAt: number;
}

type StoredProfile = Record<(typeof PARTICIPANT)[keyof typeof PARTICIPANT], unknown>;

/** Records (or updates) the actor's own profile and consent. Observers leave no trace. */
export function registerParticipant(
  doc: Y.Doc,
  actor: Actor,
  consent: boolean,
  now = Date.now(),
): void {
  if (actor.role === 'observer') throw new BoardError('forbidden', 'Observers cannot write.');
  const map = doc.getMap<StoredProfile>(ROOT.participants);
  const previous = map.get(actor.id);
  const profile: StoredProfile = {
    name: actor.name,
    organisation: actor.organisation,
    consent,
    joinedAt: typeof previous?.joinedAt === 'number' ? previous.joinedAt : now,
  };
  if (
    previous &&
    previous.name === profile.name &&
    previous.organisation === profile.organisation &&
    previous.consent === profile.consent
  ) {
    return;
  }
  map.set(actor.id, profile);
}

/** Every recorded participant, by id. */
export function readParticipants(doc: Y.Doc): ParticipantProfile[] {
  const out: ParticipantProfile[] = [];
  doc.getMap<StoredProfile>(ROOT.participants).forEach((p, id) => {
    if (typeof p !== 'object' || p === null) return;
    out.push({
      id,
      name: String(p.name ?? ''),
      organisation: String(p.organisation ?? ''),
      consent: p.consent === true,
      joinedAt: Number(p.joinedAt ?? 0),
    });
  });
  return out.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
}
