import { addCard, castVote, newId, setAgenda, setPhase, type Actor } from '@tavolo/board';
import type * as Y from 'yjs';
import type { Catalog } from '../catalog/Catalog.js';
import { DEMO_EVENT, DEMO_TABLES, type DemoTable } from './demoTables.js';

const ORGANISER: Actor = { id: 'segreteria', role: 'secretariat' };

/**
 * Writes a demo table's contributions by `authors` (one per card, by id: the board holds no
 * names), and the dots of an earlier voting round.
 */
function fillDemo(table: DemoTable, authors: readonly Actor[], now: number) {
  return (doc: Y.Doc) => {
    const byKey = new Map<string, string>();
    const ids = table.cards.map((card, j) => {
      const author = authors[j]!;
      const answers = (card.answersKeys ?? []).map((key) => byKey.get(key)!);
      const fields = answers.length > 0 ? { ...card.fields, answers } : card.fields;
      const id = addCard(
        doc,
        author,
        { section: card.section, text: card.text, fields },
        { now: now + j },
      );
      if (card.key) byKey.set(card.key, id);
      return id;
    });
    setAgenda(doc, ORGANISER, DEMO_AGENDA);
    setPhase(doc, ORGANISER, 'voting', { now });
    table.cards.forEach((card, j) => {
      for (let v = 0; v < (card.votes ?? 0); v++) {
        castVote(doc, authors[(j + v + 1) % authors.length]!, ids[j]!, { now: now + 100 + v });
      }
    });
    // The demo's sharing phase began with the seed: the control room times it from then.
    setPhase(doc, ORGANISER, 'sharing', { now });
  };
}

const MINUTE = 60_000;
/** Planned minutes per phase: a two-hour focus group, as on the day. */
const DEMO_AGENDA = {
  preparation: 5 * MINUTE,
  silent: 10 * MINUTE,
  sharing: 30 * MINUTE,
  grouping: 15 * MINUTE,
  voting: 10 * MINUTE,
  synthesis: 20 * MINUTE,
};

/** The quarter-hour the demo starts at (HH:MM, local time): the seed time, rounded down. */
function startOfDemo(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(Math.floor(d.getMinutes() / 15) * 15)}`;
}

/** Today's date as YYYY-MM-DD, in the server's local time. */
function today(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Seeds the demo event, dated today, with its tables open to anyone who has the link and a
 * moderator invitation each (made for the named moderator); does nothing when any table exists already.
 */
export async function seedDemo(catalog: Catalog, now = Date.now()): Promise<boolean> {
  if ((await catalog.tables.list()).length > 0 || (await catalog.events.list()).length > 0) {
    return false;
  }
  const authors = DEMO_TABLES.map((table) =>
    table.cards.map((): Actor => ({ id: newId(), role: 'participant' })),
  );
  await catalog.createEvent(
    { ...DEMO_EVENT, date: today(now), startTime: startOfDemo(now) },
    now,
    DEMO_TABLES.map((table, i) => ({
      id: table.id,
      title: table.title,
      templateId: table.templateId,
      cluster: table.cluster,
      area: table.area,
      moderators: [table.moderator],
      openJoin: true,
      // The demo opens in the sharing phase: everyone can write and see every card at once.
      phase: 'sharing' as const,
      fill: fillDemo(table, authors[i]!, now),
    })),
  );
  // The demo's authors are people of the catalogue, like anyone who joins; none said yes to
  // being named in the paper.
  for (const [i, table] of DEMO_TABLES.entries()) {
    for (const [j, card] of table.cards.entries()) {
      await catalog.people.add({
        id: authors[i]![j]!.id,
        tableId: table.id,
        role: 'participant',
        name: card.name,
        organisation: card.organisation,
        consent: false,
        invitationId: null,
        joinedAt: now,
      });
    }
  }
  return true;
}
