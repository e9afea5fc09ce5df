import type * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import type { CreateOptions } from './CreateOptions.js';
import { readPhase } from './guard.js';
import { CARD, CONTROL, GROUP, ROOT, VOTE } from './keys.js';
import { newId } from './newId.js';
import { DEFAULT_VOTE_BUDGET } from './table.js';

/** One dot as stored: who, on what, in which section, when (the voter's clock). */
export interface RawVote {
  readonly id: string;
  readonly voterId: string;
  readonly target: string;
  readonly section: string;
  readonly at: number;
}

/** The vote budget per person per section. */
export function readVoteBudget(doc: Y.Doc): number {
  const budget = doc.getMap(ROOT.control).get(CONTROL.voteBudget);
  return typeof budget === 'number' && Number.isInteger(budget) && budget >= 0
    ? budget
    : DEFAULT_VOTE_BUDGET;
}

/**
 * The key of a vote in the votes map: `<voterId>/<voteId>`. Votes sit flat under the root,
 * not in a per-voter map, because two offline devices creating that map at once would make
 * one device's votes lose; the server checks the prefix against the token's participant.
 */
export function voteKey(voterId: string, voteId: string): string {
  return `${voterId}/${voteId}`;
}

type StoredVote = Record<(typeof VOTE)[keyof typeof VOTE], unknown>;

/** Every stored vote, whatever its validity. */
export function readRawVotes(doc: Y.Doc): RawVote[] {
  const out: RawVote[] = [];
  doc.getMap<StoredVote>(ROOT.votes).forEach((vote, key) => {
    const slash = key.indexOf('/');
    if (slash <= 0 || typeof vote !== 'object' || vote === null) return;
    out.push({
      id: key.slice(slash + 1),
      voterId: key.slice(0, slash),
      target: String(vote[VOTE.target] ?? ''),
      section: String(vote[VOTE.section] ?? ''),
      at: Number(vote[VOTE.at] ?? 0),
    });
  });
  return out;
}

/**
 * The votes that count, by a rule every replica applies alike: per voter and section, votes
 * in (time, id) order, on targets that exist, up to the budget. Two devices of one person
 * voting offline together therefore never exceed the budget once merged. Once voting has
 * closed, only the votes frozen at closing (`frozen`) can count.
 */
export function countedVotes(
  votes: readonly RawVote[],
  budget: number,
  targetExists: (target: string, section: string) => boolean,
  frozen: ReadonlySet<string> | null,
): RawVote[] {
  const sorted = [...votes].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Map<string, number>();
  const out: RawVote[] = [];
  for (const vote of sorted) {
    if (frozen && !frozen.has(vote.id)) continue;
    if (!targetExists(vote.target, vote.section)) continue;
    const key = `${vote.voterId}\u0000${vote.section}`;
    const n = used.get(key) ?? 0;
    if (n >= budget) continue;
    used.set(key, n + 1);
    out.push(vote);
  }
  return out;
}

/** The section of a vote target (a card or a group), or null when it does not exist. */
export function targetSection(doc: Y.Doc, target: string): string | null {
  const card = doc.getMap<Y.Map<unknown>>(ROOT.cards).get(target);
  if (card) return String(card.get(CARD.section));
  const group = doc.getMap<Y.Map<unknown>>(ROOT.groups).get(target);
  if (group) return String(group.get(GROUP.section));
  return null;
}

/** The votes that count now. */
export function readCountedVotes(doc: Y.Doc): RawVote[] {
  const frozen = doc.getMap(ROOT.control).get(CONTROL.countedVotes);
  return countedVotes(
    readRawVotes(doc),
    readVoteBudget(doc),
    (target, section) => targetSection(doc, target) === section,
    Array.isArray(frozen) ? new Set(frozen as string[]) : null,
  );
}

/** Dots the voter has left in a section. */
export function remainingVotes(doc: Y.Doc, voterId: string, section: string): number {
  const used = readCountedVotes(doc).filter((v) => v.voterId === voterId && v.section === section);
  return Math.max(0, readVoteBudget(doc) - used.length);
}

function assertVoting(doc: Y.Doc, actor: Actor): void {
  if (actor.role === 'observer') throw new BoardError('forbidden', 'Observers cannot vote.');
  if (readPhase(doc) !== 'voting') throw new BoardError('phase_closed', 'Voting is not open.');
}

/** Puts one of the actor's dots on a card or group; returns the vote id. */
export function castVote(doc: Y.Doc, actor: Actor, target: string, options: CreateOptions = {}) {
  assertVoting(doc, actor);
  const section = targetSection(doc, target);
  if (section === null) throw new BoardError('unknown_card', `Unknown card or group "${target}".`);
  if (remainingVotes(doc, actor.id, section) <= 0) {
    throw new BoardError('over_budget', 'You have no dots left in this section.');
  }
  const id = options.id ?? newId();
  const vote: StoredVote = { target, section, at: options.now ?? Date.now() };
  doc.getMap<StoredVote>(ROOT.votes).set(voteKey(actor.id, id), vote);
  return id;
}

/** Takes back the actor's latest dot on a target. */
export function retractVote(doc: Y.Doc, actor: Actor, target: string): void {
  assertVoting(doc, actor);
  const mine = readRawVotes(doc)
    .filter((v) => v.voterId === actor.id && v.target === target)
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const latest = mine[0];
  if (!latest) throw new BoardError('unknown_vote', 'You have no dot on this item.');
  doc.getMap(ROOT.votes).delete(voteKey(actor.id, latest.id));
}
