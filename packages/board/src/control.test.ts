import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.js';
import {
  extendTimer,
  IDLE_TIMER,
  pauseTimer,
  remainingMs,
  resumeTimer,
  setAgenda,
  setPhase,
  setSpotlight,
  setVoteBudget,
  startTimer,
  timerRunning,
} from './control.js';
import { CONTROL, ROOT } from './keys.js';
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

  it('waits idle at the timebox when the phase changes without a clock', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000 });
    startTimer(doc, MODERATOR, 5_000, 1_000);
    setPhase(doc, MODERATOR, 'silent');
    expect(snapshot(doc).timer).toEqual({
      startedAt: null,
      durationMs: 600_000,
      pausedRemainingMs: null,
    });
    expect(snapshot(doc).phaseStartedAt).toBeNull();
  });

  it('starts counting down from the timebox when the moderator moves to a phase', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000, sharing: 1_200_000 });
    startTimer(doc, MODERATOR, 5_000, 1_000);
    setPhase(doc, MODERATOR, 'silent', { now: 50_000 });
    const timer = snapshot(doc).timer;
    expect(timer).toEqual({ startedAt: 50_000, durationMs: 600_000, pausedRemainingMs: null });
    expect(timerRunning(timer)).toBe(true);
    expect(remainingMs(timer, 110_000)).toBe(540_000);
    expect(snapshot(doc).phaseStartedAt).toBe(50_000);
    // The moderator still pauses and extends it.
    pauseTimer(doc, MODERATOR, 110_000);
    extendTimer(doc, MODERATOR, 60_000, 200_000);
    expect(remainingMs(snapshot(doc).timer, 900_000)).toBe(600_000);
    setPhase(doc, MODERATOR, 'sharing', { now: 700_000 });
    expect(snapshot(doc).timer.durationMs).toBe(1_200_000);
    expect(snapshot(doc).phaseStartedAt).toBe(700_000);
  });

  it('leaves the timer idle at zero for a phase without a timebox', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000 });
    startTimer(doc, MODERATOR, 5_000, 1_000);
    setPhase(doc, MODERATOR, 'grouping', { now: 9_000 });
    expect(snapshot(doc).timer).toEqual(IDLE_TIMER);
    expect(snapshot(doc).phaseStartedAt).toBe(9_000);
  });

  it('does not restart the timer when the phase stays the same', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000 });
    setPhase(doc, MODERATOR, 'silent', { now: 1_000 });
    setPhase(doc, MODERATOR, 'silent', { now: 90_000 });
    expect(snapshot(doc).timer.startedAt).toBe(1_000);
    expect(snapshot(doc).phaseStartedAt).toBe(1_000);
  });
});

describe('agenda', () => {
  it('stores a timebox per phase, and a phase at 0 has none', () => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000, sharing: 0, voting: 300_000.4 });
    expect(snapshot(doc).agenda).toEqual({ silent: 600_000, voting: 300_000 });
    // The agenda is replaced whole: the secretariat and the moderator edit the same one.
    setAgenda(doc, MODERATOR, { grouping: 900_000 });
    expect(snapshot(doc).agenda).toEqual({ grouping: 900_000 });
  });

  it.each([
    ['a negative timebox', { silent: -1 }, 'invalid_field'],
    ['more than a day', { silent: 24 * 3_600_000 + 1 }, 'invalid_field'],
    ['not a number', { silent: '10' as unknown as number }, 'invalid_field'],
    ['a timebox for closed', { closed: 60_000 }, 'invalid_field'],
    ['an unknown phase', { lunch: 60_000 } as never, 'unknown_phase'],
  ])('refuses %s and changes nothing', (_name, agenda, code) => {
    const doc = board('preparation');
    setAgenda(doc, MODERATOR, { silent: 600_000 });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => setAgenda(doc, MODERATOR, agenda)).toThrow(expect.objectContaining({ code }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads a stored agenda defensively', () => {
    const doc = board('preparation');
    doc
      .getMap(ROOT.control)
      .set(CONTROL.agenda, { silent: 'x', sharing: -5, voting: 60_000, closed: 1 });
    expect(snapshot(doc).agenda).toEqual({ voting: 60_000 });
  });

  it('refuses a participant', () => {
    const doc = board('preparation');
    expect(() => setAgenda(doc, LAURA, { silent: 1 })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});

describe('spotlight across phases', () => {
  it('goes out when the phase changes, forward or back', () => {
    const doc = board('sharing');
    const id = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    setSpotlight(doc, MODERATOR, { kind: 'card', id });
    setPhase(doc, MODERATOR, 'grouping', { now: 1 });
    expect(snapshot(doc).spotlight).toBeNull();
    setSpotlight(doc, MODERATOR, { kind: 'card', id });
    setPhase(doc, MODERATOR, 'sharing');
    expect(snapshot(doc).spotlight).toBeNull();
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
