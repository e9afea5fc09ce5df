import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.js';
import {
  extendTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  setAgenda,
  setPhase,
  setSpotlight,
  setVoteBudget,
  startTimer,
} from './control.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR } from './testing/fixtures.js';

describe('timer', () => {
  it('shows the same remaining time to screens whose clocks differ', () => {
    const doc = board();
    startTimer(doc, MODERATOR, 300_000, 1_000_000);
    const timer = snapshot(doc).timer;
    // Both screens convert their clock to server time first; then they agree exactly.
    const serverNow = 1_060_000;
    expect(remainingMs(timer, serverNow)).toBe(240_000);
    expect(remainingMs(timer, 2_000_000)).toBe(0);
  });

  it.each([
    ['pause keeps the time left', (d: Y.Doc) => pauseTimer(d, MODERATOR, 1_100), 5_000, 4_900],
    [
      'resume counts down from the paused time',
      (d: Y.Doc) => {
        pauseTimer(d, MODERATOR, 1_100);
        resumeTimer(d, MODERATOR, 9_000);
      },
      9_400,
      4_500,
    ],
    [
      'extend adds to a running timer',
      (d: Y.Doc) => extendTimer(d, MODERATOR, 60_000, 2_000),
      2_000,
      64_000,
    ],
    [
      'extend never goes below zero',
      (d: Y.Doc) => extendTimer(d, MODERATOR, -60_000, 2_000),
      2_000,
      0,
    ],
  ])('%s', (_name, act, at, left) => {
    const doc = board();
    startTimer(doc, MODERATOR, 5_000, 1_000);
    act(doc);
    expect(remainingMs(snapshot(doc).timer, at)).toBe(left);
  });

  it('resets to the agenda when the phase changes', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000 });
    startTimer(doc, MODERATOR, 5_000, 1_000);
    setPhase(doc, MODERATOR, 'silent');
    expect(snapshot(doc).timer).toEqual({
      startedAt: null,
      durationMs: 600_000,
      pausedRemainingMs: null,
    });
  });
});

describe('moderator controls', () => {
  it.each([
    ['phase', (d: Y.Doc) => setPhase(d, LAURA, 'voting')],
    ['timer', (d: Y.Doc) => startTimer(d, LAURA, 1, 1)],
    ['budget', (d: Y.Doc) => setVoteBudget(d, LAURA, 5)],
    ['spotlight', (d: Y.Doc) => setSpotlight(d, LAURA, null)],
  ])('refuses a participant: %s', (_name, act) => {
    const doc = board();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => act(doc)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it.each([
    ['an unknown phase', (d: Y.Doc) => setPhase(d, MODERATOR, 'lunch' as never), 'unknown_phase'],
    ['a negative timer', (d: Y.Doc) => startTimer(d, MODERATOR, -1, 0), 'invalid_field'],
    ['a budget of 21', (d: Y.Doc) => setVoteBudget(d, MODERATOR, 21), 'invalid_field'],
    [
      'a spotlight on nothing',
      (d: Y.Doc) => setSpotlight(d, MODERATOR, { kind: 'card', id: 'x' }),
      'unknown_card',
    ],
  ])('refuses %s', (_name, act, code) => {
    const doc = board();
    expect(() => act(doc)).toThrow(expect.objectContaining({ code }));
  });

  it('puts a card in the spotlight', () => {
    const doc = board();
    const id = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    setSpotlight(doc, MODERATOR, { kind: 'card', id });
    expect(snapshot(doc).spotlight).toEqual({ kind: 'card', id });
    setSpotlight(doc, MODERATOR, null);
    expect(snapshot(doc).spotlight).toBeNull();
  });
});
