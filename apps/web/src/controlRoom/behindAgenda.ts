import { PHASES, remainingMs, timerRunning, type Phase, type Timer } from '@tavolo/board';

/** What the agenda check reads of a table and of the event. */
export interface AgendaInput {
  readonly phase: Phase;
  /** Planned milliseconds per phase (the board's control.agenda). */
  readonly agenda: Partial<Record<Phase, number>>;
  readonly timer: Timer;
  /** When the current phase began (server time), null when the board does not say. */
  readonly phaseStartedAt: number | null;
  /** When the event starts (its date and start time), ms since the epoch; null when unknown. */
  readonly eventStart: number | null;
  readonly serverNow: number;
}

/** Where a table stands against its agenda. */
export interface AgendaStatus {
  /** When the current phase should end by the agenda; null without an agenda or a start. */
  readonly plannedEnd: number | null;
  /** How far past the planned end the table is; 0 when on time. */
  readonly lateByMs: number;
  /** The phase timer is running and has reached zero. */
  readonly timerOver: boolean;
  /** Late on the agenda, or out of time on the running timer. */
  readonly behind: boolean;
}

const ON_TIME: AgendaStatus = { plannedEnd: null, lateByMs: 0, timerOver: false, behind: false };

/**
 * Whether a table runs behind. A running phase should end its timebox after it began (the
 * board records when the moderator moved to it); a table still preparing should have started
 * by the event's start plus any preparation time. A board that does not say when its phase
 * began (written before phases recorded it) falls back on the event's schedule: its start plus
 * the timeboxes of every phase up to the current one. The table is behind once server time
 * passes the planned end, or when its running phase timer has run out. A table without any
 * timebox has no schedule to be late on, a phase without one is never late, and a closed table
 * is never behind.
 */
export function agendaStatus(input: AgendaInput): AgendaStatus {
  if (input.phase === 'closed') return ON_TIME;
  const timerOver = timerRunning(input.timer) && remainingMs(input.timer, input.serverNow) === 0;
  const plannedEnd = plannedEndOf(input);
  const lateByMs = plannedEnd === null ? 0 : Math.max(0, input.serverNow - plannedEnd);
  return { plannedEnd, lateByMs, timerOver, behind: lateByMs > 0 || timerOver };
}

function plannedEndOf(input: AgendaInput): number | null {
  const { phase, agenda, phaseStartedAt } = input;
  if (phase === 'preparation' || phaseStartedAt === null) {
    return plannedPhaseEnd(phase, agenda, input.eventStart);
  }
  const timebox = agenda[phase] ?? 0;
  return timebox > 0 ? phaseStartedAt + timebox : null;
}

/** The planned end of `phase`, or null when there is no agenda or no start. */
export function plannedPhaseEnd(
  phase: Phase,
  agenda: Partial<Record<Phase, number>>,
  eventStart: number | null,
): number | null {
  if (eventStart === null) return null;
  if (!PHASES.some((p) => (agenda[p] ?? 0) > 0)) return null;
  let end = eventStart;
  for (const p of PHASES.slice(0, PHASES.indexOf(phase) + 1)) end += agenda[p] ?? 0;
  return end;
}

/**
 * An event's start as ms since the epoch, read in this device's time zone (the secretariat
 * watches from the venue's); null for a date or time that does not parse.
 */
export function eventStartMs(date: string, startTime: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(startTime);
  if (!d || !t) return null;
  const start = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(start.getTime()) ? null : start.getTime();
}
