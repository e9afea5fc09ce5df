import type { Actor } from '@tavolo/board';
import type { Writer } from '../sync/authorizeUpdate.js';
import { ByteBudget } from '../sync/ByteBudget.js';
import type { RoomLimits } from '../sync/roomOptions.js';
import type { Member } from '../sync/RoomMembers.js';

/** The writer a board actor's verified token and catalogue record make. */
export function writerOf(actor: Actor): Writer {
  return { role: actor.role, participantId: actor.id };
}

/** A room member for a board actor, as the connection path builds it. */
export function memberOf(actor: Actor): Member {
  return {
    writer: writerOf(actor),
    presence: { owner: actor.id, user: { id: actor.id, role: actor.role } },
  };
}

/** Room bounds for tests: the defaults, or what a test narrows. */
export function roomLimits(overrides: Partial<RoomLimits> = {}): RoomLimits {
  return {
    heldPerSocket: 4 * 1024 * 1024,
    heldPerRoom: 32 * 1024 * 1024,
    heldInProcess: new ByteBudget(256 * 1024 * 1024),
    maxBoardBytes: 32 * 1024 * 1024,
    ...overrides,
  };
}
