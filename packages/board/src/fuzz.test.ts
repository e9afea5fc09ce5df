import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { addCard, deleteCard, mergeCards, updateCard } from './cards.js';
import { setPhase, setVoteBudget } from './control.js';
import { createGroup, deleteGroup, moveCardToGroup } from './groups.js';
import { CONTROL, ROOT } from './keys.js';
import { PHASES, votingClosed } from './phases.js';
import { BoardReader, snapshot } from './snapshot.js';
import { initTable } from './table.js';
import { LAURA, MODERATOR, PAOLO } from './testing/fixtures.js';
import { prng } from './prng.js';
import { castVote, retractVote } from './votes.js';
import { addSection, moveSection, readSections, removeSection, renameSection } from './sections.js';
import { CARD_KINDS } from './templates.js';

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i);
const STEPS = 240;
/** A section this replica shows, or a template's one it may have removed. */
const someSection = (doc: Y.Doc, rnd: ReturnType<typeof prng>) =>
  rnd.pick([...readSections(doc).map((s) => s.id), 'needs']);

interface Replica {
  readonly doc: Y.Doc;
  readonly actor: Actor;
  online: boolean;
}

/** One fuzz run: replicas edit concurrently; messages arrive late, out of order, or after a blackout. */
function run(seed: number, afterStep: (replicas: readonly Replica[]) => void = () => {}) {
  const rnd = prng(seed);
  const origin = new Y.Doc();
  initTable(origin, { tableId: 't', title: 'Fuzz', templateId: 'skillNeeds', phase: 'sharing' });
  setVoteBudget(origin, MODERATOR, 2);
  const base = Y.encodeStateAsUpdate(origin);
  // Laura uses two devices: her budget must hold across both.
  const actors = [MODERATOR, LAURA, LAURA, PAOLO, MODERATOR].slice(0, 3 + rnd.int(3));
  const replicas: Replica[] = actors.map((actor) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    return { doc, actor, online: true };
  });
  const inbox = replicas.map(() => [] as Uint8Array[]);
  replicas.forEach((r, i) =>
    r.doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from === 'net') return;
      replicas.forEach((_, j) => j !== i && inbox[j]!.push(update));
    }),
  );
  const deliver = (j: number, all: boolean) => {
    const box = inbox[j]!;
    const n = all ? box.length : rnd.int(box.length + 1);
    for (let k = 0; k < n; k++) {
      const [update] = box.splice(rnd.int(box.length), 1);
      Y.applyUpdate(replicas[j]!.doc, update!, 'net');
    }
  };

  const ops = [
    (r: Replica) =>
      addCard(
        r.doc,
        r.actor,
        { section: someSection(r.doc, rnd), text: `c${rnd.int(1000)}` },
        { now: rnd.int(1000) },
      ),
    (r: Replica, card: string) => updateCard(r.doc, r.actor, card, { text: `e${rnd.int(1000)}` }),
    (r: Replica, card: string) => deleteCard(r.doc, r.actor, card),
    (r: Replica, card: string, other: string) => mergeCards(r.doc, r.actor, card, other),
    (r: Replica) => createGroup(r.doc, r.actor, { section: someSection(r.doc, rnd), heading: 'g' }),
    (r: Replica, card: string, _o: string, group: string) =>
      moveCardToGroup(r.doc, r.actor, card, group),
    (r: Replica, _c: string, _o: string, group: string) => deleteGroup(r.doc, r.actor, group),
    (r: Replica, card: string) => castVote(r.doc, r.actor, card, { now: rnd.int(1000) }),
    (r: Replica, card: string) => castVote(r.doc, r.actor, card, { now: rnd.int(1000) }),
    (r: Replica, card: string) => retractVote(r.doc, r.actor, card),
    (r: Replica) => setPhase(r.doc, r.actor, rnd.pick(PHASES.slice(1))),
    // Moderators shape the sections while people write in them.
    (r: Replica) =>
      addSection(r.doc, r.actor, {
        kind: rnd.pick(CARD_KINDS),
        title: `s${rnd.int(1000)}`,
        index: rnd.int(5),
      }),
    (r: Replica) => renameSection(r.doc, r.actor, someSection(r.doc, rnd), `r${rnd.int(1000)}`),
    (r: Replica) => moveSection(r.doc, r.actor, someSection(r.doc, rnd), rnd.int(5)),
    (r: Replica) => removeSection(r.doc, r.actor, someSection(r.doc, rnd)),
  ];
  // Weights: mostly writing and voting, a phase change and a section edit now and then.
  const weighted = [
    0, 0, 0, 0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 7, 7, 7, 8, 8, 9, 10, 11, 12, 13, 13, 14,
  ];

  const everCreated = new Set<string>();
  const deleted = new Set<string>();
  for (let step = 0; step < STEPS; step++) {
    const r = rnd.pick(replicas);
    if (rnd.chance(0.05)) r.online = !r.online;
    const cards = [...r.doc.getMap(ROOT.cards).keys()];
    const groups = [...r.doc.getMap(ROOT.groups).keys()];
    const card = cards.length ? rnd.pick(cards) : 'none';
    try {
      const op = ops[rnd.pick(weighted)]!;
      const result = op(
        r,
        card,
        cards.length ? rnd.pick(cards) : 'none',
        groups.length ? rnd.pick(groups) : 'none',
      );
      if (op === ops[0]) everCreated.add(result as unknown as string);
      if (op === ops[2]) deleted.add(card);
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
    }
    replicas.forEach((rep, j) => rep.online && replicas[j]!.online && deliver(j, false));
    afterStep(replicas);
  }
  replicas.forEach((r) => (r.online = true));
  for (let round = 0; round < 2; round++) replicas.forEach((_, j) => deliver(j, true));
  return { replicas, everCreated, deleted };
}

describe('concurrent edits, seeded fuzz', () => {
  it.each(SEEDS)(
    'seed %i: replicas converge and every invariant holds',
    (seed) => {
      const { replicas, everCreated, deleted } = run(seed);
      const snaps = replicas.map((r) => snapshot(r.doc));
      const first = snaps[0]!;
      for (const [i, snap] of snaps.entries()) {
        expect(Y.encodeStateVector(replicas[i]!.doc)).toEqual(
          Y.encodeStateVector(replicas[0]!.doc),
        );
        expect(snap).toEqual(first);
      }

      // Budget: nobody has more counted dots in a section than the budget, whatever their devices did.
      const perVoter = new Map<string, number>();
      for (const v of first.votes)
        perVoter.set(
          `${v.voterId}/${v.section}`,
          (perVoter.get(`${v.voterId}/${v.section}`) ?? 0) + 1,
        );
      for (const n of perVoter.values()) expect(n).toBeLessThanOrEqual(first.voteBudget);

      // Groups: each card is in at most one group, and only in a group that exists.
      const grouped = first.sections.flatMap((s) =>
        s.groups.flatMap((g) => g.cards.map((c) => c.id)),
      );
      expect(new Set(grouped).size).toBe(grouped.length);

      // No card disappears except by deleteCard: deleting or regrouping never loses cards.
      const shown = new Set(
        first.sections.flatMap((s) => s.cards.flatMap((c) => [c.id, ...c.merged.map((m) => m.id)])),
      );
      for (const id of everCreated) if (!deleted.has(id)) expect(shown.has(id)).toBe(true);

      // Sections: each shown once; every shown card sits in a section of its own kind.
      const sectionIds = first.sections.map((s) => s.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      for (const section of first.sections) {
        for (const card of section.cards) expect(card.kind).toBe(section.kind);
      }

      // Closed voting is frozen: only votes recorded when voting closed count.
      const frozen = replicas[0]!.doc.getMap(ROOT.control).get(CONTROL.countedVotes);
      if (votingClosed(first.phase)) {
        expect(Array.isArray(frozen)).toBe(true);
        for (const v of first.votes) expect(frozen as string[]).toContain(v.id);
      }
    },
    60_000,
  );
});

describe('a long-lived reader, seeded fuzz', () => {
  it.each(SEEDS.slice(0, 8))(
    'seed %i: what it reuses between snapshots always equals a fresh reading',
    (seed) => {
      const readers = new Map<Y.Doc, BoardReader>();
      let compared = 0;
      run(seed, (replicas) => {
        for (const { doc } of replicas) {
          let reader = readers.get(doc);
          if (!reader) readers.set(doc, (reader = new BoardReader()));
          expect(reader.snapshot(doc)).toEqual(snapshot(doc));
          compared++;
        }
      });
      expect(compared).toBeGreaterThan(STEPS * 2);
    },
    // A limit on liveness, not speed: a loaded CI machine runs a seed in seconds, not minutes.
    60_000,
  );
});
