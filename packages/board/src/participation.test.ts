import { describe, expect, it } from 'vitest';
import { addCard, mergeCards } from './cards.js';
import { setPhase, setVoteBudget } from './control.js';
import type { Directory } from './directory.js';
import { participation } from './participation.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR, PAOLO } from './testing/fixtures.js';
import { castVote } from './votes.js';

const PEOPLE: Directory = {
  mod: { role: 'moderator', name: 'Federico Marchi' },
  laura: { role: 'participant', name: 'Laura Bassi' },
  paolo: { role: 'participant', name: 'Paolo Ferri' },
  wall: { role: 'observer' },
};

describe('participation', () => {
  it('lists who wrote and who voted, with the dots left, and never the moderator', () => {
    const doc = board('sharing');
    setVoteBudget(doc, MODERATOR, 3);
    const a = addCard(doc, LAURA, { section: 'needs', text: 'Tecnici PLC' });
    const b = addCard(doc, LAURA, { section: 'needs', text: 'Tecnici PLC esperti' });
    addCard(doc, LAURA, { section: 'proposals', text: 'Corsi serali' });
    addCard(doc, MODERATOR, { section: 'needs', text: 'Nota del moderatore' });
    mergeCards(doc, MODERATOR, b, a);
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, PAOLO, a, { now: 1 });
    castVote(doc, PAOLO, a, { now: 2 });
    const sections = snapshot(doc).sections.length;
    expect(participation(snapshot(doc), PEOPLE)).toEqual([
      { id: 'laura', cards: 3, votes: 0, dotsLeft: 3 * sections },
      { id: 'paolo', cards: 0, votes: 2, dotsLeft: 3 * sections - 2 },
    ]);
  });

  it('includes a writer the directory does not know, after the known ones', () => {
    const doc = board('sharing');
    addCard(doc, { id: 'stranger', role: 'participant' }, { section: 'needs', text: 'x' });
    const rows = participation(snapshot(doc), { laura: { role: 'participant' } });
    expect(rows.map((r) => [r.id, r.cards])).toEqual([
      ['laura', 0],
      ['stranger', 1],
    ]);
  });
});
