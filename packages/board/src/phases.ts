/** The phases of a session, in order; the moderator moves between them. */
export const PHASES = [
  'preparation',
  'silent',
  'sharing',
  'grouping',
  'voting',
  'synthesis',
  'closed',
] as const;

export type Phase = (typeof PHASES)[number];

/** True when `value` names a phase. */
export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/** Phases in which participants may add and edit their own cards. */
const PARTICIPANT_WRITES: ReadonlySet<Phase> = new Set([
  'silent',
  'sharing',
  'grouping',
  'synthesis',
]);

/** True when participants may write cards and comments in `phase`. */
export function participantsMayWrite(phase: Phase): boolean {
  return PARTICIPANT_WRITES.has(phase);
}

/** True when others' cards are hidden from participants (a count only). */
export function hidesOthersCards(phase: Phase): boolean {
  return phase === 'silent';
}

/** True once voting has closed: totals may be shown and votes are frozen. */
export function votingClosed(phase: Phase): boolean {
  return PHASES.indexOf(phase) > PHASES.indexOf('voting');
}
