import {
  authFrame,
  awarenessFrame,
  queryAwareness,
  syncFrame,
  syncStep1,
  unknownFrame,
} from './frames.js';
import { huge, type Frame, type MutationContext } from './MutationContext.js';
import { encodeStateVector } from './updates.js';

const one = (bytes: Uint8Array, kind: string, answered = false): Frame[] => [
  { bytes, kind, answered },
];

/** Odd presence states: invalid JSON, no object, a huge one. */
const ODD_STATES = [
  '{"user":',
  '42',
  '"x"',
  '[]',
  JSON.stringify({ user: { name: 'x'.repeat(100_000) } }),
];

/** Malformed or hostile protocol frames: sync requests, presence, unknown messages. */
export const PROTOCOL_MUTANTS: Array<(ctx: MutationContext) => Frame[]> = [
  () => one(syncStep1(new Uint8Array()), 'step1-empty'),
  (ctx) => {
    const sv = encodeStateVector([...ctx.serverState]);
    return one(syncStep1(sv.slice(0, ctx.rnd.int(sv.length))), 'step1-truncated');
  },
  (ctx) => {
    const n = 1 + ctx.rnd.int(2000);
    const sv = Array.from({ length: n }, () => [huge(ctx.rnd), huge(ctx.rnd)] as const);
    return one(syncStep1(sv), 'step1-huge');
  },
  (ctx) => {
    const state = ctx.rnd.chance(0.5) ? 'null' : '{"user":{"name":"Intruso","role":"moderator"}}';
    const client = ctx.rnd.pick(ctx.foreignPresence);
    return one(awarenessFrame([{ client, clock: huge(ctx.rnd), state }]), 'awareness-foreign');
  },
  (ctx) => {
    const n = 50 + ctx.rnd.int(1000);
    const ids = Array.from({ length: n }, (_, i) => ({
      client: ctx.presence + 1 + i,
      clock: 1,
      state: '{}',
    }));
    return one(awarenessFrame(ids), 'awareness-many');
  },
  (ctx) => {
    const state = ctx.rnd.pick(ODD_STATES);
    return one(
      awarenessFrame([{ client: ctx.presence, clock: huge(ctx.rnd), state }]),
      'awareness-odd',
    );
  },
  (ctx) => {
    const type = ctx.rnd.chance(0.5) ? 4 + ctx.rnd.int(250) : huge(ctx.rnd);
    return one(unknownFrame(type, new Uint8Array(ctx.rnd.int(8))), 'unknown-type');
  },
  (ctx) =>
    one(
      ctx.rnd.chance(0.5) ? authFrame('x') : syncFrame(3 + ctx.rnd.int(9), new Uint8Array(2)),
      'auth-or-sync-sub',
    ),
  (ctx) => one(new Uint8Array(ctx.rnd.int(2)), 'empty'),
  (ctx) => one(ctx.honestFrame.slice(0, ctx.rnd.int(ctx.honestFrame.length)), 'truncated'),
];

/** Byte-level damage to honest frames: sent by participants and observers only (see README). */
export const BYTE_MUTANTS: Array<(ctx: MutationContext) => Frame[]> = [
  (ctx) => {
    const bytes = ctx.honestFrame.slice();
    for (let i = 1 + ctx.rnd.int(3); i > 0 && bytes.length > 0; i--) {
      bytes[ctx.rnd.int(bytes.length)]! ^= 1 << ctx.rnd.int(8);
    }
    return one(bytes, 'bit-flips');
  },
  (ctx) => {
    const frame = ctx.honestFrame;
    const at = ctx.rnd.int(frame.length + 1);
    const junk = new Uint8Array(1 + ctx.rnd.int(8)).map(() => ctx.rnd.int(256));
    return one(new Uint8Array([...frame.slice(0, at), ...junk, ...frame.slice(at)]), 'inserted');
  },
];

/** Frames honest clients send besides their edits: presence, queries, sync requests. */
export function chatter(ctx: MutationContext, presenceState: string, clock: number): Frame {
  switch (ctx.rnd.int(30)) {
    case 0:
    case 1:
      return { bytes: queryAwareness(), kind: 'query-awareness' };
    case 2:
      return { bytes: syncStep1([...ctx.serverState]), kind: 'step1', answered: true };
    default:
      return {
        bytes: awarenessFrame([{ client: ctx.presence, clock, state: presenceState }]),
        kind: 'awareness',
      };
  }
}
