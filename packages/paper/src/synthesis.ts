import type { CardKind } from '@tavolo/board';
import type { Recurrence, RecurrenceEntry, Synthesis, TableChapter } from './Paper.js';
import { cardsOf, compareRanks } from './tableChapter.js';
import { similarity, textTokens } from './tokens.js';

/** How alike two texts' tokens must be (Jaccard) to count as the same need or proposal. */
export const RECURRENCE_THRESHOLD = 0.5;

interface Candidate {
  readonly tableIndex: number;
  readonly chapter: TableChapter;
  readonly rank: string;
  readonly text: string;
  readonly tokens: ReadonlySet<string>;
  readonly votes: number;
  readonly share: number;
  readonly hires: number | null;
}

interface Cluster {
  readonly lead: Candidate;
  readonly members: Candidate[];
}

/**
 * The skill needs and proposals that recur in two or more tables. Cards are matched by the
 * tokens of their text (see `textTokens`), and ranked by the sum over tables of the share of
 * votes they won there, so a table of forty voters does not drown a table of eight.
 */
export function crossTableSynthesis(
  chapters: readonly TableChapter[],
  threshold = RECURRENCE_THRESHOLD,
): Synthesis {
  return {
    needs: recurrences(chapters, 'skillNeed', threshold),
    proposals: recurrences(chapters, 'proposal', threshold),
  };
}

function recurrences(
  chapters: readonly TableChapter[],
  kind: CardKind,
  threshold: number,
): Recurrence[] {
  const candidates: Candidate[] = chapters.flatMap((chapter, tableIndex) =>
    chapter.sections
      .filter((s) => s.kind === kind)
      .flatMap(cardsOf)
      .map((card) => ({
        tableIndex,
        chapter,
        rank: card.rank,
        text: card.text,
        tokens: textTokens(card.text),
        votes: card.votes,
        share: card.share,
        hires: card.fields.hires,
      }))
      .filter((c) => c.tokens.size > 0),
  );
  // Strongest first, so that each cluster is led (and labelled) by its best-supported card and
  // later cards are compared with that lead only: no chains of ever looser matches.
  candidates.sort(
    (a, b) =>
      b.share - a.share ||
      b.votes - a.votes ||
      a.tableIndex - b.tableIndex ||
      compareRanks(a.rank, b.rank),
  );
  const clusters: Cluster[] = [];
  const byToken = new Map<string, number[]>();
  for (const candidate of candidates) {
    let best = -1;
    let bestSimilarity = 0;
    const seen = new Set<number>();
    for (const token of candidate.tokens) {
      for (const index of byToken.get(token) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const s = similarity(candidate.tokens, clusters[index]!.lead.tokens);
        if (s < threshold) continue;
        if (s > bestSimilarity || (s === bestSimilarity && index < best)) {
          best = index;
          bestSimilarity = s;
        }
      }
    }
    if (best >= 0) {
      clusters[best]!.members.push(candidate);
      continue;
    }
    clusters.push({ lead: candidate, members: [candidate] });
    for (const token of candidate.tokens) {
      const list = byToken.get(token) ?? [];
      list.push(clusters.length - 1);
      byToken.set(token, list);
    }
  }
  return clusters
    .map(toRecurrence)
    .filter((r) => r.tables.length >= 2)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.tables.length - a.tables.length ||
        b.votes - a.votes ||
        a.label.localeCompare(b.label, 'it'),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

function toRecurrence(cluster: Cluster): Recurrence {
  const byTable = new Map<number, Candidate[]>();
  for (const m of cluster.members)
    byTable.set(m.tableIndex, [...(byTable.get(m.tableIndex) ?? []), m]);
  const tables: RecurrenceEntry[] = [...byTable.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, members]) => {
      const sorted = [...members].sort((a, b) => compareRanks(a.rank, b.rank));
      return {
        tableId: sorted[0]!.chapter.id,
        table: sorted[0]!.chapter.title,
        cards: sorted.map((m) => ({ rank: m.rank, text: m.text })),
        votes: sum(sorted.map((m) => m.votes)),
        share: Math.min(1, sum(sorted.map((m) => m.share))),
      };
    });
  const hires = cluster.members.map((m) => m.hires).filter((h) => h !== null);
  return {
    rank: 0,
    label: cluster.lead.text,
    score: sum(tables.map((t) => t.share)),
    votes: sum(tables.map((t) => t.votes)),
    hires: hires.length > 0 ? sum(hires) : null,
    tables,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((n, v) => n + v, 0);
}
