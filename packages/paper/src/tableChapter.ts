import { votingClosed, type Card, type Section } from '@tavolo/board';
import type {
  NeedRef,
  PaperCard,
  PaperDuplicate,
  PaperItem,
  PaperSection,
  TableChapter,
} from './Paper.js';
import type { PaperTableInput } from './PaperInput.js';
import { privacyRules, sortedDistinct, type PrivacyRules } from './privacy.js';

/** A section's ranking as positions: each item, and each card with its rank. */
interface Ranked {
  readonly section: Section;
  readonly items: readonly {
    readonly rank: string;
    readonly item: Section['ranked'][number];
    readonly cards: readonly { readonly rank: string; readonly card: Card }[];
  }[];
}

/** Builds one table's chapter from its board, applying the table's privacy rules. */
export function tableChapter(input: PaperTableInput): TableChapter {
  const board = input.board;
  const rules = privacyRules(board, input.people);
  const ranked = board.sections.map(rankSection);

  // Proposals point at skill needs by id; a need merged away answers through the card it joined.
  const needs = new Map<string, NeedRef>();
  for (const { section, items } of ranked) {
    if (section.kind !== 'skillNeed') continue;
    for (const { rank, card } of items.flatMap((i) => i.cards)) {
      const ref = { id: card.id, rank, text: card.text };
      for (const id of [card.id, ...flatten(card.merged).map((m) => m.id)]) needs.set(id, ref);
    }
  }

  // The snapshot credits a duplicate's votes to the card it joined; the annex wants its own too.
  const ownVotes = new Map<string, number>();
  for (const vote of board.votes) ownVotes.set(vote.target, (ownVotes.get(vote.target) ?? 0) + 1);
  const context: Context = { rules, needs, ownVotes };
  const sections = ranked.map((r) => paperSection(r, context));
  const duplicates = sections.flatMap((s) => cardsOf(s)).flatMap((c) => c.duplicates);
  const contributions = board.totals.cards + duplicates.length;
  const organisations = rules.organisationsShown
    ? sortedDistinct([
        ...rules.takingPart.map((p) => p.organisation),
        ...sections.flatMap((s) => cardsOf(s)).map((c) => c.by.organisation),
        ...duplicates.map((d) => d.by.organisation),
      ])
    : [];
  return {
    id: board.tableId,
    title: input.title.trim() || board.title,
    cluster: input.cluster.trim(),
    area: input.area.trim(),
    phase: board.phase,
    held: contributions > 0,
    votingClosed: votingClosed(board.phase),
    voteBudget: board.voteBudget,
    anonymous: board.anonymous,
    organisationsShown: rules.organisationsShown,
    organisations,
    named: rules.named,
    counts: {
      participants: rules.takingPart.length,
      contributions,
      votes: board.totals.votes,
    },
    sections,
    conclusions: conclusionParagraphs(board.conclusions),
  };
}

/**
 * The moderator's conclusions as paragraphs. They are typed in a plain text box, where a single
 * Enter is the only way to start a new paragraph, so every line break starts one; blank lines
 * and spaces around them carry no meaning.
 */
export function conclusionParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Every card of a section in ranking order (groups' cards in place of their group). */
export function cardsOf(section: PaperSection): PaperCard[] {
  return section.items.flatMap((item) => (item.type === 'group' ? item.cards : [item.card]));
}

function rankSection(section: Section): Ranked {
  return {
    section,
    items: section.ranked.map((item, i) => {
      const rank = String(i + 1);
      if (item.type === 'card') return { rank, item, cards: [{ rank, card: item.card }] };
      // Inside a group the board keeps creation order; the paper ranks by votes (stable sort).
      const cards = [...item.group.cards].sort((a, b) => b.votes - a.votes);
      return { rank, item, cards: cards.map((card, j) => ({ rank: `${rank}.${j + 1}`, card })) };
    }),
  };
}

/** What building a section needs besides the section. */
interface Context {
  readonly rules: PrivacyRules;
  readonly needs: ReadonlyMap<string, NeedRef>;
  readonly ownVotes: ReadonlyMap<string, number>;
}

function paperSection({ section, items }: Ranked, context: Context): PaperSection {
  const { rules, needs } = context;
  const share = (votes: number) => (section.votes > 0 ? votes / section.votes : 0);
  const toCard = (card: Card, rank: string, group: string | null): PaperCard => ({
    id: card.id,
    rank,
    kind: card.kind,
    text: card.text,
    fields: pickFields(card),
    votes: card.votes,
    share: share(card.votes),
    group,
    by: rules.attribute(card.authorId),
    comments: card.comments.length,
    duplicates: flatten(card.merged).map((m) => duplicate(m, context)),
    answers: answersOf(card, needs),
  });
  return {
    id: section.id,
    kind: section.kind,
    title: section.title?.trim() || null,
    votes: section.votes,
    items: items.map(({ rank, item, cards }): PaperItem => {
      if (item.type === 'card') {
        return { type: 'card', rank, votes: item.votes, card: toCard(item.card, rank, null) };
      }
      const heading = item.group.heading;
      return {
        type: 'group',
        rank,
        votes: item.votes,
        heading,
        cards: cards.map((c) => toCard(c.card, c.rank, heading)),
      };
    }),
  };
}

function answersOf(card: Card, needs: ReadonlyMap<string, NeedRef>): NeedRef[] {
  const refs = new Map<string, NeedRef>();
  for (const id of card.answers) {
    const ref = needs.get(id);
    if (ref) refs.set(ref.id, ref);
  }
  return [...refs.values()].sort((a, b) => compareRanks(a.rank, b.rank));
}

/** Orders ranks like "2" < "2.1" < "10". */
export function compareRanks(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Duplicates merged into a card, at any depth, in the board's order. */
function flatten(merged: readonly Card[]): Card[] {
  return merged.flatMap((m) => [m, ...flatten(m.merged)]);
}

function duplicate(card: Card, { rules, needs, ownVotes }: Context): PaperDuplicate {
  return {
    id: card.id,
    text: card.text,
    fields: pickFields(card),
    votes: ownVotes.get(card.id) ?? 0,
    by: rules.attribute(card.authorId),
    comments: card.comments.length,
    answers: answersOf(card, needs),
  };
}

/** The typed fields of a card, without the board's bookkeeping (author, votes, comments). */
function pickFields(card: Card): PaperCard['fields'] {
  return {
    skills: card.skills,
    skillType: card.skillType,
    level: card.level,
    horizon: card.horizon,
    hires: card.hires,
    difficulty: card.difficulty,
    evidence: card.evidence,
    value: card.value,
    unit: card.unit,
    direction: card.direction,
    source: card.source,
    actors: card.actors,
    instrument: card.instrument,
    timeframe: card.timeframe,
    answers: card.answers,
  };
}
