import { IDLE_TIMER, type Phase, type Timer } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { agendaStatus, eventStartMs, plannedPhaseEnd } from './behindAgenda.js';

const MIN = 60_000;
const START = Date.UTC(2026, 4, 12, 7, 30); // any instant will do: the function is pure
const AGENDA: Partial<Record<Phase, number>> = {
  silent: 10 * MIN,
  sharing: 20 * MIN,
  grouping: 15 * MIN,
  voting: 10 * MIN,
  synthesis: 25 * MIN,
};
const running = (startedAt: number, minutes: number): Timer => ({
  startedAt,
  durationMs: minutes * MIN,
  pausedRemainingMs: null,
});

describe('agendaStatus from when the phase began', () => {
  // The table started late (an hour after the event) but each phase keeps its timebox.
  const began = START + 60 * MIN;
  it.each<[string, Phase, number, boolean, number, number | null]>([
    // name, phase, minutes after the phase began, behind, late by (minutes), planned end
    ['within its timebox', 'sharing', 19, false, 0, 20],
    ['exactly at its end', 'sharing', 20, false, 0, 20],
    ['past its timebox', 'sharing', 23, true, 3, 20],
    ['a phase without a timebox is never late', 'voting', 500, false, 0, null],
  ])('%s', (_name, phase, minutes, behind, lateBy, end) => {
    const status = agendaStatus({
      phase,
      agenda: { silent: 10 * MIN, sharing: 20 * MIN },
      timer: IDLE_TIMER,
      phaseStartedAt: began,
      eventStart: START,
      serverNow: began + minutes * MIN,
    });
    expect(status.behind).toBe(behind);
    expect(status.lateByMs).toBe(lateBy * MIN);
    expect(status.plannedEnd).toBe(end === null ? null : began + end * MIN);
  });

  it('measures a table still preparing against the event’s start', () => {
    const status = agendaStatus({
      phase: 'preparation',
      agenda: AGENDA,
      timer: IDLE_TIMER,
      phaseStartedAt: START - 30 * MIN,
      eventStart: START,
      serverNow: START + 4 * MIN,
    });
    expect(status.lateByMs).toBe(4 * MIN);
  });
});

describe('agendaStatus without a recorded phase start', () => {
  it.each<[string, Phase, Partial<Record<Phase, number>>, Timer, number, boolean, number]>([
    // name, phase, agenda, timer, minutes after the start, behind, late by (minutes)
    ['no agenda, idle timer', 'sharing', {}, IDLE_TIMER, 300, false, 0],
    ['preparation before the start', 'preparation', AGENDA, IDLE_TIMER, -5, false, 0],
    ['preparation after the start', 'preparation', AGENDA, IDLE_TIMER, 3, true, 3],
    ['silent within its 10 minutes', 'silent', AGENDA, IDLE_TIMER, 9, false, 0],
    ['silent exactly at its end', 'silent', AGENDA, IDLE_TIMER, 10, false, 0],
    ['silent past its end', 'silent', AGENDA, IDLE_TIMER, 12, true, 2],
    ['grouping sums silent+sharing+grouping (45)', 'grouping', AGENDA, IDLE_TIMER, 44, false, 0],
    ['grouping past 45', 'grouping', AGENDA, IDLE_TIMER, 50, true, 5],
    [
      'a phase without a duration ends with the previous',
      'grouping',
      { silent: 10 * MIN },
      IDLE_TIMER,
      11,
      true,
      1,
    ],
    ['closed is never behind', 'closed', AGENDA, IDLE_TIMER, 600, false, 0],
  ])('%s', (_name, phase, agenda, timer, minutes, behind, lateBy) => {
    const status = agendaStatus({
      phase,
      agenda,
      timer,
      phaseStartedAt: null,
      eventStart: START,
      serverNow: START + minutes * MIN,
    });
    expect(status.behind).toBe(behind);
    expect(status.lateByMs).toBe(lateBy * MIN);
  });

  it('is behind when the running timer has run out, even without an agenda', () => {
    const now = START + 30 * MIN;
    const over = agendaStatus({
      phase: 'sharing',
      agenda: {},
      timer: running(now - 10 * MIN, 10),
      phaseStartedAt: null,
      eventStart: START,
      serverNow: now,
    });
    expect(over).toEqual({ plannedEnd: null, lateByMs: 0, timerOver: true, behind: true });
    const left = agendaStatus({
      phase: 'sharing',
      agenda: {},
      timer: running(now - 9 * MIN, 10),
      phaseStartedAt: null,
      eventStart: START,
      serverNow: now,
    });
    expect(left.behind).toBe(false);
  });

  it('does not count a paused timer at zero as run out', () => {
    const paused: Timer = { startedAt: null, durationMs: 0, pausedRemainingMs: 0 };
    const status = agendaStatus({
      phase: 'voting',
      agenda: {},
      timer: paused,
      phaseStartedAt: null,
      eventStart: START,
      serverNow: START,
    });
    expect(status.timerOver).toBe(false);
  });

  it('has no schedule without a known start', () => {
    const status = agendaStatus({
      phase: 'silent',
      agenda: AGENDA,
      timer: IDLE_TIMER,
      phaseStartedAt: null,
      eventStart: null,
      serverNow: START + 999 * MIN,
    });
    expect(status).toEqual({ plannedEnd: null, lateByMs: 0, timerOver: false, behind: false });
  });
});

describe('plannedPhaseEnd', () => {
  it('adds the planned durations up to and including the phase', () => {
    expect(plannedPhaseEnd('silent', AGENDA, START)).toBe(START + 10 * MIN);
    expect(plannedPhaseEnd('synthesis', AGENDA, START)).toBe(START + 80 * MIN);
    expect(plannedPhaseEnd('sharing', { preparation: 5 * MIN }, START)).toBe(START + 5 * MIN);
    expect(plannedPhaseEnd('sharing', { silent: 0 }, START)).toBeNull();
  });
});

describe('eventStartMs', () => {
  it('reads the date and start time in local time', () => {
    expect(eventStartMs('2026-05-12', '09:30')).toBe(new Date(2026, 4, 12, 9, 30).getTime());
  });

  it.each([
    ['', '09:30'],
    ['12/05/2026', '09:30'],
    ['2026-05-12', '9.30'],
  ])('is null for %j %j', (date, time) => {
    expect(eventStartMs(date, time)).toBeNull();
  });
});
