import { addCard, castVote, setPhase, snapshot, type Directory } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { LAURA, memoryBoard, MODERATOR, PAOLO } from '../testing/renderBoard.js';
import { voteProgress } from './voteProgress.js';

const ROOM: Directory = {
  mod: { role: 'moderator' },
  laura: { role: 'participant' },
  paolo: { role: 'participant' },
  anna: { role: 'participant' },
  wall: { role: 'observer' },
};

describe('voteProgress', () => {
  it('counts voters and dots placed, against the dots the participants hold', () => {
    const doc = memoryBoard('sharing');
    const a = addCard(doc, LAURA, { section: 'needs', text: 'Saldatori' });
    const b = addCard(doc, PAOLO, { section: 'trends', text: 'Calo iscritti' });
    setPhase(doc, MODERATOR, 'voting');
    expect(voteProgress(snapshot(doc), ROOM)).toMatchObject({ voters: 0, dots: 0 });
    castVote(doc, LAURA, a);
    castVote(doc, LAURA, b);
    castVote(doc, PAOLO, a);
    const board = snapshot(doc);
    expect(voteProgress(board, ROOM)).toEqual({
      voters: 2,
      participants: 3,
      dots: 3,
      dotsAvailable: board.voteBudget * 3 * 3,
    });
  });

  it('counts a voter the directory does not list yet among the participants', () => {
    const doc = memoryBoard('sharing');
    const a = addCard(doc, LAURA, { section: 'needs', text: 'Saldatori' });
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, LAURA, a);
    expect(voteProgress(snapshot(doc), {})).toMatchObject({ voters: 1, participants: 1 });
  });
});
