import type * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { assertRunsTable, readPhase } from './guard.js';
import { CONTROL, ROOT } from './keys.js';
import { isPhase, PHASES, type Phase } from './phases.js';
import { readCountedVotes, targetSection } from './votes.js';

/**
 * A phase timer in server time. Idle: startedAt and pausedRemainingMs null (shows durationMs).
 * Running: startedAt set. Paused: pausedRemainingMs set. Every screen computes the remaining
 * time from the same server-time values, so all show the same time whatever their clocks.
 */
export interface Timer {
  readonly startedAt: number | null;
  readonly durationMs: number;
  readonly pausedRemainingMs: number | null;
}

/** What the spotlight points at. */
export interface Spotlight {
  readonly kind: 'card' | 'group';
  readonly id: string;
}

export const IDLE_TIMER: Timer = Object.freeze({
  startedAt: null,
  durationMs: 0,
  pausedRemainingMs: null,
});

const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/** Milliseconds left on a timer at server time `serverNow`. */
export function remainingMs(timer: Timer, serverNow: number): number {
  if (timer.pausedRemainingMs !== null) return timer.pausedRemainingMs;
  if (timer.startedAt === null) return timer.durationMs;
  return Math.max(0, timer.startedAt + timer.durationMs - serverNow);
}

/** True while a timer counts down. */
export function timerRunning(timer: Timer): boolean {
  return timer.startedAt !== null && timer.pausedRemainingMs === null;
}

/** Reads the stored timer, tolerating anything malformed as idle. */
export function readTimer(doc: Y.Doc): Timer {
  const raw = doc.getMap(ROOT.control).get(CONTROL.timer) as Partial<Timer> | undefined;
  if (!raw || typeof raw !== 'object') return IDLE_TIMER;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    startedAt: num(raw.startedAt),
    durationMs: num(raw.durationMs) ?? 0,
    pausedRemainingMs: num(raw.pausedRemainingMs),
  };
}

function control(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.control);
}

function checkDuration(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIMER_MS) {
    throw new BoardError('invalid_field', 'A timer lasts from 0 to 24 hours.', 'durationMs');
  }
  return Math.round(ms);
}

/** Options of a phase change: the server time it happens at, when the caller has a clock. */
export interface PhaseChangeOptions {
  /** Server time now: recorded as the phase's start, and the timer starts from the timebox. */
  readonly now?: number;
}

/**
 * Moves the table to a phase (forward or back). Leaving voting forward freezes the votes that
 * count; coming back to voting or earlier unfreezes them. The spotlight belongs to the phase it
 * was set in and goes out. With a clock (`now`), the phase's start is recorded (the control
 * room measures lateness from it) and the timer starts counting down from the phase's timebox;
 * without a timebox, or without a clock, the timer waits idle at the timebox (or zero).
 */
export function setPhase(
  doc: Y.Doc,
  actor: Actor,
  phase: Phase,
  options: PhaseChangeOptions = {},
): void {
  assertRunsTable(actor);
  if (!isPhase(phase)) throw new BoardError('unknown_phase', `Unknown phase "${String(phase)}".`);
  const from = readPhase(doc);
  if (from === phase) return;
  const now = options.now;
  if (now !== undefined && !(Number.isFinite(now) && now >= 0)) {
    throw new BoardError('invalid_field', 'The phase change needs a valid clock.', 'now');
  }
  const after = (p: Phase) => PHASES.indexOf(p) > PHASES.indexOf('voting');
  doc.transact(() => {
    const map = control(doc);
    if (after(phase) && !after(from)) {
      map.set(
        CONTROL.countedVotes,
        readCountedVotes(doc).map((v) => v.id),
      );
    } else if (!after(phase) && map.has(CONTROL.countedVotes)) {
      map.delete(CONTROL.countedVotes);
    }
    map.set(CONTROL.phase, phase);
    if (map.has(CONTROL.spotlight)) map.delete(CONTROL.spotlight);
    const timebox = phase === 'closed' ? 0 : (readAgenda(doc)[phase] ?? 0);
    if (now === undefined) {
      map.delete(CONTROL.phaseStartedAt);
      map.set(CONTROL.timer, { ...IDLE_TIMER, durationMs: timebox });
    } else {
      map.set(CONTROL.phaseStartedAt, Math.round(now));
      const timer: Timer =
        timebox > 0
          ? { startedAt: Math.round(now), durationMs: timebox, pausedRemainingMs: null }
          : IDLE_TIMER;
      map.set(CONTROL.timer, timer);
    }
  });
}

/** Server time the current phase began, or null when it is not known. */
export function readPhaseStartedAt(doc: Y.Doc): number | null {
  const raw = control(doc).get(CONTROL.phaseStartedAt);
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null;
}

/** Starts the phase timer for `durationMs` from server time `serverNow`. */
export function startTimer(doc: Y.Doc, actor: Actor, durationMs: number, serverNow: number) {
  assertRunsTable(actor);
  const timer: Timer = {
    startedAt: serverNow,
    durationMs: checkDuration(durationMs),
    pausedRemainingMs: null,
  };
  control(doc).set(CONTROL.timer, timer);
}

/** Pauses a running timer, keeping the time left. */
export function pauseTimer(doc: Y.Doc, actor: Actor, serverNow: number): void {
  assertRunsTable(actor);
  const timer = readTimer(doc);
  if (!timerRunning(timer)) return;
  const left = remainingMs(timer, serverNow);
  control(doc).set(CONTROL.timer, { startedAt: null, durationMs: left, pausedRemainingMs: left });
}

/** Resumes a paused timer. */
export function resumeTimer(doc: Y.Doc, actor: Actor, serverNow: number): void {
  assertRunsTable(actor);
  const timer = readTimer(doc);
  if (timerRunning(timer)) return;
  const left = remainingMs(timer, serverNow);
  control(doc).set(CONTROL.timer, {
    startedAt: serverNow,
    durationMs: left,
    pausedRemainingMs: null,
  });
}

/** Adds (or with a negative value removes) time on the timer, never below zero. */
export function extendTimer(doc: Y.Doc, actor: Actor, deltaMs: number, serverNow: number): void {
  assertRunsTable(actor);
  const timer = readTimer(doc);
  const left = remainingMs(timer, serverNow);
  const next = checkDuration(Math.max(0, left + deltaMs));
  const extended: Timer = timerRunning(timer)
    ? { startedAt: serverNow, durationMs: next, pausedRemainingMs: null }
    : timer.pausedRemainingMs !== null
      ? { startedAt: null, durationMs: next, pausedRemainingMs: next }
      : { ...IDLE_TIMER, durationMs: next };
  control(doc).set(CONTROL.timer, extended);
}

/** Locks or unlocks the board for participants. */
export function setLocked(doc: Y.Doc, actor: Actor, locked: boolean): void {
  assertRunsTable(actor);
  control(doc).set(CONTROL.locked, locked);
}

/** Puts a card or a group in the spotlight on every screen, or clears it with null. */
export function setSpotlight(doc: Y.Doc, actor: Actor, spotlight: Spotlight | null): void {
  assertRunsTable(actor);
  if (spotlight === null) {
    control(doc).delete(CONTROL.spotlight);
    return;
  }
  if (targetSection(doc, spotlight.id) === null) {
    throw new BoardError('unknown_card', `Unknown card or group "${spotlight.id}".`);
  }
  control(doc).set(CONTROL.spotlight, { kind: spotlight.kind, id: spotlight.id });
}

/** Sets the dots each person has per section. */
export function setVoteBudget(doc: Y.Doc, actor: Actor, budget: number): void {
  assertRunsTable(actor);
  if (!Number.isInteger(budget) || budget < 0 || budget > 20) {
    throw new BoardError(
      'invalid_field',
      'The vote budget is a whole number from 0 to 20.',
      'voteBudget',
    );
  }
  control(doc).set(CONTROL.voteBudget, budget);
}

/** Turns anonymous mode on or off, and whether the paper may name organisations in it. */
export function setAnonymity(
  doc: Y.Doc,
  actor: Actor,
  anonymous: boolean,
  showOrganisations = true,
): void {
  assertRunsTable(actor);
  doc.transact(() => {
    control(doc).set(CONTROL.anonymous, anonymous);
    control(doc).set(CONTROL.showOrganisations, showOrganisations);
  });
}

/** Writes the moderator's conclusions for the paper. */
export function setConclusions(doc: Y.Doc, actor: Actor, text: string): void {
  assertRunsTable(actor);
  if (typeof text !== 'string' || text.length > 20_000) {
    throw new BoardError(
      'text_too_long',
      'Conclusions hold at most 20,000 characters.',
      'conclusions',
    );
  }
  control(doc).set(CONTROL.conclusions, text);
}

/** Phases a timebox can be planned for: every phase but closed. */
export const TIMEBOXED_PHASES: readonly Phase[] = PHASES.filter((p) => p !== 'closed');

/** The planned duration of each phase, in milliseconds (the phase's timebox). */
export function readAgenda(doc: Y.Doc): Partial<Record<Phase, number>> {
  const raw = control(doc).get(CONTROL.agenda);
  if (!raw || typeof raw !== 'object') return {};
  const out: Partial<Record<Phase, number>> = {};
  for (const phase of TIMEBOXED_PHASES) {
    const ms = (raw as Record<string, unknown>)[phase];
    if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0 && ms <= MAX_TIMER_MS) {
      out[phase] = ms;
    }
  }
  return out;
}

/**
 * Replaces the agenda: the planned duration of each phase in milliseconds, up to 24 hours.
 * A phase left out, or given 0, has no timebox. Closed has none. Everything is checked before
 * anything is written, so a bad agenda changes nothing.
 */
export function setAgenda(doc: Y.Doc, actor: Actor, agenda: Partial<Record<Phase, number>>) {
  assertRunsTable(actor);
  if (typeof agenda !== 'object' || agenda === null) {
    throw new BoardError('invalid_field', 'An agenda maps phases to durations.', 'agenda');
  }
  const clean: Partial<Record<Phase, number>> = {};
  for (const [phase, ms] of Object.entries(agenda)) {
    if (!isPhase(phase)) throw new BoardError('unknown_phase', `Unknown phase "${phase}".`);
    if (phase === 'closed') {
      throw new BoardError('invalid_field', 'A closed table has no timebox.', 'agenda');
    }
    const checked = checkDuration(ms);
    if (checked > 0) clean[phase] = checked;
  }
  control(doc).set(CONTROL.agenda, clean);
}
