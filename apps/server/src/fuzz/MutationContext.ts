import type { prng, Role } from '@tavolo/board';
import { syncUpdate } from './frames.js';
import type { Person } from './people.js';
import { encodeUpdate, type Id, type UpdateSpec } from './updates.js';

export type Rnd = ReturnType<typeof prng>;

/** A frame to send, what made it, and whether the server must answer it with a sync step 2. */
export interface Frame {
  readonly bytes: Uint8Array;
  readonly kind: string;
  readonly answered?: boolean;
  /** Clocks of the lane's own mutant client this frame takes, if the server admits it. */
  readonly ownClocks?: number;
}

/** What a lane knows when it makes a mutant. */
export interface MutationContext {
  readonly rnd: Rnd;
  readonly role: Role;
  readonly person: Person;
  /** Another participant, to impersonate. */
  readonly victim: Person;
  /** The lane's client id for mutants, and the clock the server holds it at. */
  readonly own: number;
  readonly ownNext: number;
  /** The server's state vector, as last seen. */
  readonly serverState: ReadonlyMap<number, number>;
  /** Client ids other connections wrote with. */
  readonly foreign: readonly number[];
  /** Honest updates recorded from every lane. */
  readonly pool: readonly Uint8Array[];
  /**
   * The items holding live cards and comments of the lane's replica that its person may edit
   * (their own; any for moderators and the secretariat), computed when asked.
   */
  entries(): Id[];
  /** The lane's own presence id, and others'. */
  readonly presence: number;
  readonly foreignPresence: readonly number[];
  /** Some frame of honest traffic, to damage byte by byte. */
  readonly honestFrame: Uint8Array;
  /** Kinds of mutant not to send (to look past a hole already known). */
  readonly exclude: ReadonlySet<string>;
}

export const HUGE = [2 ** 53 - 1, 2 ** 40, 2 ** 32, 2 ** 31, 0x7fffffff + 2];
export const update = (kind: string, spec: UpdateSpec, ownClocks = 0): Frame => ({
  bytes: syncUpdate(encodeUpdate(spec)),
  kind,
  ownClocks,
});

export function huge(rnd: Rnd): number {
  return rnd.chance(0.5) ? rnd.pick(HUGE) : Math.floor(rnd.next() * 2 ** 53);
}

export function someId(ctx: MutationContext): Id {
  const clients = [...ctx.serverState.keys(), ...ctx.foreign, ctx.own];
  const client = ctx.rnd.pick(clients);
  const clock = ctx.rnd.chance(0.8)
    ? ctx.rnd.int(Math.max(1, ctx.serverState.get(client) ?? 1))
    : huge(ctx.rnd);
  return { client, clock };
}
