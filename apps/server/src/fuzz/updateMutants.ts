import { CARD, LEGACY, ROOT, runsTable } from '@tavolo/board';
import {
  cardRun,
  commentRun,
  field,
  legacyIdentity,
  legacyProfileStruct,
  nestedMaps,
} from './boardSpecs.js';
import { HUGE, huge, someId, update, type Frame, type MutationContext } from './MutationContext.js';
import { BYTE_MUTANTS, PROTOCOL_MUTANTS } from './protocolMutants.js';
import { rehome, runLength, specOf } from './specOf.js';
import {
  structLength,
  type ClientRun,
  type Content,
  type Struct,
  type UpdateSpec,
} from './updates.js';

const ROOTS = [...Object.values(ROOT), LEGACY.participantsRoot, '', 'x'.repeat(300), '__proto__'];
/** The fields of identity boards before schema 3 had on cards and comments. */
const LEGACY_FIELDS: string[] = [LEGACY.authorName, LEGACY.organisation];

function randomContent(ctx: MutationContext): Content {
  const { rnd } = ctx;
  switch (rnd.int(9)) {
    case 0:
      return { ref: 'deleted', length: rnd.chance(0.2) ? huge(rnd) : 1 + rnd.int(4) };
    case 1:
      return { ref: 'json', values: [{ a: rnd.int(9) }, 'x'].slice(0, 1 + rnd.int(2)) };
    case 2:
      return { ref: 'binary', bytes: new Uint8Array(rnd.int(64)).fill(rnd.int(256)) };
    case 3:
      return { ref: 'string', text: 'é'.repeat(1 + rnd.int(40)) };
    case 4:
      return { ref: 'embed', value: { image: 'x' } };
    case 5:
      return { ref: 'format', key: 'bold', value: rnd.chance(0.5) };
    case 6:
      return { ref: 'type', type: rnd.int(7), name: rnd.chance(0.5) ? 'p' : '' };
    case 7:
      return { ref: 'doc', guid: `g${rnd.int(1000)}`, opts: { gc: rnd.chance(0.5) } };
    default:
      return {
        ref: 'any',
        values: Array.from({ length: 1 + rnd.int(3) }, () => ctx.victim.participantId),
      };
  }
}

/** One field-level change to one struct of a spec. */
function mutateStruct(s: Struct, ctx: MutationContext): Struct {
  const { rnd } = ctx;
  if (s.kind !== 'item') return { ...s, length: rnd.chance(0.5) ? huge(rnd) : rnd.int(3) };
  switch (rnd.int(8)) {
    case 0:
      return { ...s, content: randomContent(ctx) };
    case 1: {
      const c = s.content;
      if (c.ref !== 'any') return { ...s, content: randomContent(ctx) };
      return { ...s, content: { ref: 'any', values: [...c.values, ctx.victim.participantId] } };
    }
    case 2:
      return {
        ...s,
        origin: undefined,
        rightOrigin: undefined,
        parent: rnd.pick(ROOTS),
        parentSub: s.parentSub ?? rnd.pick([...Object.values(CARD), ...LEGACY_FIELDS]),
      };
    case 3:
      return {
        ...s,
        origin: undefined,
        rightOrigin: undefined,
        parent: someId(ctx),
        parentSub: rnd.chance(0.7) ? rnd.pick([CARD.authorId, ...LEGACY_FIELDS]) : undefined,
      };
    case 4:
      return rnd.chance(0.5) ? { ...s, origin: someId(ctx) } : { ...s, rightOrigin: someId(ctx) };
    case 5:
      return { ...s, info: rnd.int(256) };
    case 6:
      return {
        ...s,
        content: {
          ref: 'any',
          values: [
            rnd.pick([
              ctx.victim.name,
              ctx.victim.organisation,
              '',
              huge(rnd),
              null,
              { deep: [1] },
            ]),
          ],
        },
      };
    default:
      return { ...s, parentSub: rnd.pick([CARD.authorId, ...LEGACY_FIELDS, 'x', '']) };
  }
}

/** An honest update from the pool, moved to `client` at `clock`, with 0 to 3 fields changed. */
function rehomed(ctx: MutationContext, client: number, clock: number): UpdateSpec | null {
  if (ctx.pool.length === 0) return null;
  const spec = specOf(ctx.rnd.pick(ctx.pool));
  const first = spec.runs[0];
  if (!first) return null;
  let moved = rehome(spec, first.client, client, clock);
  for (let i = ctx.rnd.int(4); i > 0; i--) {
    const r = ctx.rnd.int(moved.runs.length);
    const run = moved.runs[r]!;
    const k = ctx.rnd.int(run.structs.length);
    const structs = run.structs.map((s, j) => (j === k ? mutateStruct(s, ctx) : s));
    moved = { ...moved, runs: moved.runs.map((x, j) => (j === r ? { ...x, structs } : x)) };
  }
  if (ctx.rnd.chance(0.2)) {
    const run = moved.runs[0]!;
    moved = {
      ...moved,
      runs: [{ ...run, count: run.structs.length + ctx.rnd.int(3) - 1 }, ...moved.runs.slice(1)],
    };
  }
  return moved;
}

const gcRun = (client: number, clock: number, ctx: MutationContext): ClientRun => ({
  client,
  clock,
  structs: [
    {
      kind: ctx.rnd.chance(0.7) ? 'gc' : 'skip',
      length: ctx.rnd.chance(0.3) ? 2 ** 40 : 1 + ctx.rnd.int(100),
    },
  ],
});

const freshClient = (ctx: MutationContext) => 1 + Math.floor(ctx.rnd.next() * (2 ** 53 - 2));

/** Whose identity to smuggle: one's own (as a device from before schema 3 wrote it) or another's. */
const someone = (ctx: MutationContext) => (ctx.rnd.chance(0.5) ? ctx.person : ctx.victim);

/** A card's or comment's identity fields before schema 3: both, or one alone. */
function legacyFields(ctx: MutationContext): Record<string, unknown> {
  const both: Record<string, unknown> = legacyIdentity(someone(ctx));
  const pick = ctx.rnd.int(3);
  return pick === 2 ? both : { [LEGACY_FIELDS[pick]!]: both[LEGACY_FIELDS[pick]!] };
}

/**
 * An update of one run of the lane's own client that smuggles identity: sometimes it deletes the
 * smuggled items at once (`-deleted`), which no reader reads yet whose values would travel.
 */
function smuggle(kind: string, run: ClientRun, ctx: MutationContext): Frame {
  const ranges: Array<readonly [number, number]> = [];
  let clock = run.clock;
  for (const s of run.structs) {
    const legacy =
      s.kind === 'item' &&
      (s.parent === LEGACY.participantsRoot ||
        (typeof s.parent === 'object' && LEGACY_FIELDS.includes(s.parentSub ?? '')));
    if (legacy) ranges.push([clock, structLength(s)]);
    clock += structLength(s);
  }
  const deleted = ranges.length > 0 && ctx.rnd.chance(0.3);
  const spec = { runs: [run], deletes: deleted ? [{ client: run.client, ranges }] : [] };
  return update(deleted ? `${kind}-deleted` : kind, spec, runLength(run));
}

/**
 * Identity put back on the board, as the fields boards before schema 3 had: a card or comment
 * with `authorName` or `organisation`, a profile under the `participants` root, such a field
 * added to an entry one may edit. The server refuses them for every role (malformed_layout);
 * rule 3 of the oracle finds any that lands.
 */
const LEGACY_MUTANTS: Array<(ctx: MutationContext) => Frame[] | null> = [
  (ctx) => {
    const id = `l${ctx.rnd.int(1e9)}`;
    const run = cardRun(ctx.own, ctx.ownNext, id, ctx.person, { override: legacyFields(ctx) });
    return [smuggle('legacy-card', run, ctx)];
  },
  (ctx) => {
    const cardId = `l${ctx.rnd.int(1e9)}`;
    const card = cardRun(ctx.own, ctx.ownNext, cardId, ctx.person);
    const at = ctx.ownNext + runLength(card);
    const commentId = `k${ctx.rnd.int(1e9)}`;
    const comment = commentRun(ctx.own, at, commentId, cardId, ctx.person, legacyFields(ctx));
    const run = { ...card, structs: [...card.structs, ...comment.structs] };
    return [smuggle('legacy-comment', run, ctx)];
  },
  (ctx) => {
    const who = someone(ctx);
    const profile = legacyProfileStruct(who.participantId, who);
    const card = cardRun(ctx.own, ctx.ownNext, `l${ctx.rnd.int(1e9)}`, ctx.person);
    // Alone, or after an honest card (as an old device's backlog would carry it).
    const structs = ctx.rnd.chance(0.5) ? [profile] : [...card.structs, profile];
    return [smuggle('legacy-profile', { client: ctx.own, clock: ctx.ownNext, structs }, ctx)];
  },
  (ctx) => {
    const entries = ctx.entries();
    if (entries.length === 0) return null;
    const holder = ctx.rnd.pick(entries);
    const structs = Object.entries(legacyFields(ctx)).map(([key, value]) =>
      field(holder, key, value),
    );
    return [smuggle('legacy-field', { client: ctx.own, clock: ctx.ownNext, structs }, ctx)];
  },
];

/** Update mutants any role may try: the layout and client-id attacks every role is refused. */
const ANY_ROLE: Array<(ctx: MutationContext) => Frame[] | null> = [
  (ctx) => {
    const victim = ctx.rnd.pick(ctx.foreign);
    return [update('gc-foreign', { runs: [gcRun(victim, ctx.serverState.get(victim) ?? 0, ctx)] })];
  },
  (ctx) => {
    const runs = Array.from({ length: 1 + ctx.rnd.int(3000) }, () =>
      gcRun(freshClient(ctx), 0, ctx),
    );
    return [update('gc-fresh', { runs })];
  },
  (ctx) => {
    const { own, ownNext } = ctx;
    const card = cardRun(own, ownNext, `n${ctx.rnd.int(1e9)}`, ctx.person);
    const depth = ctx.rnd.chance(0.5) ? 20_000 : 10 + ctx.rnd.int(500);
    const holder = { client: own, clock: ownNext };
    const nest = nestedMaps(own, ownNext + card.structs.length, holder, depth);
    const run = { ...card, structs: [...card.structs, ...nest] };
    // Deleting the card makes Yjs collect the nested maps, recursively.
    const remove = { runs: [], deletes: [{ client: own, ranges: [[ownNext, 1] as const] }] };
    return [update('nest', { runs: [run] }, runLength(run)), update('nest-delete', remove)];
  },
  (ctx) => {
    const authorId = [ctx.person.participantId, ctx.victim.participantId];
    const run = cardRun(ctx.own, ctx.ownNext, `d${ctx.rnd.int(1e9)}`, ctx.person, { authorId });
    return [update('two-values', { runs: [run] }, runLength(run))];
  },
  (ctx) => {
    const id = someId(ctx);
    const deletes = [{ client: id.client, ranges: [[id.clock, ctx.rnd.pick(HUGE)] as const] }];
    return [update('ds-huge', { runs: [], deletes })];
  },
];

/** Mutants of the content itself: sent by participants and observers only (see README). */
const UNPRIVILEGED: Array<(ctx: MutationContext) => Frame[] | null> = [
  (ctx) => {
    const spec = rehomed(ctx, ctx.own, ctx.ownNext);
    return spec && [update('rehomed', spec, runLength(spec.runs[0]!))];
  },
  (ctx) => {
    const victim = ctx.rnd.pick(ctx.foreign);
    const spec = rehomed(ctx, victim, ctx.serverState.get(victim) ?? 0);
    return spec && [update('rehomed-foreign', spec)];
  },
  (ctx) => [update('gc-own', { runs: [gcRun(ctx.own, ctx.ownNext, ctx)] }, 1)],
  (ctx) => {
    // A long garbage-collected range of one's own, then a delete set over it.
    const plant = {
      runs: [
        {
          client: ctx.own,
          clock: ctx.ownNext,
          structs: [{ kind: 'gc' as const, length: 2 ** 40 }],
        },
      ],
    };
    const resync = {
      runs: [],
      deletes: [{ client: ctx.own, ranges: [[ctx.ownNext, 2 ** 40] as const] }],
    };
    return [update('gc-plant', plant, 2 ** 40), update('gc-plant-delete', resync)];
  },
];

/** A mutant for a lane of `ctx.role`: structure-aware most of the time, byte-level sometimes. */
export function mutant(ctx: MutationContext): Frame[] {
  const common = [...PROTOCOL_MUTANTS, ...ANY_ROLE, ...LEGACY_MUTANTS];
  const choices = runsTable(ctx.role)
    ? common
    : [...common, ...UNPRIVILEGED, ...UNPRIVILEGED, ...BYTE_MUTANTS];
  for (let tries = 0; tries < 100; tries++) {
    const frames = ctx.rnd.pick(choices)(ctx);
    if (frames && !frames.some((f) => ctx.exclude.has(f.kind))) return frames;
  }
  return [];
}
