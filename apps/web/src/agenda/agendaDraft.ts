import { PHASES, type Phase } from '@tavolo/board';

/** An agenda: planned milliseconds per phase. */
export type Agenda = Partial<Record<Phase, number>>;

/** The phases a moderator plans: from silent writing to synthesis. */
export const PLANNED_PHASES: readonly Phase[] = PHASES.slice(
  PHASES.indexOf('silent'),
  PHASES.indexOf('closed'),
);

/** Minutes per phase as typed, one string each. */
export type AgendaDraft = Readonly<Record<string, string>>;

const MINUTE = 60_000;
const MAX_MINUTES = 24 * 60;

/** The form's text for an agenda: minutes, with a decimal comma in Italian, '' for none. */
export function agendaToDraft(agenda: Agenda, decimalComma: boolean): AgendaDraft {
  const out: Record<string, string> = {};
  for (const phase of PLANNED_PHASES) {
    const ms = agenda[phase];
    const minutes = ms ? String(Math.round((ms / MINUTE) * 100) / 100) : '';
    out[phase] = decimalComma ? minutes.replace('.', ',') : minutes;
  }
  return out;
}

/**
 * The agenda a draft describes, keeping `base`'s timeboxes of phases the form does not show; or
 * the first phase whose minutes do not read as a number from 0 to 1440 ('' counts as none).
 */
export function draftToAgenda(
  draft: AgendaDraft,
  base: Agenda,
): { ok: true; agenda: Agenda } | { ok: false; phase: Phase } {
  const agenda: Record<string, number> = {};
  for (const [phase, ms] of Object.entries(base)) {
    if (!PLANNED_PHASES.includes(phase as Phase) && ms) agenda[phase] = ms;
  }
  for (const phase of PLANNED_PHASES) {
    const text = (draft[phase] ?? '').trim().replace(',', '.');
    if (text === '') continue;
    const minutes = Number(text);
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > MAX_MINUTES)
      return { ok: false, phase };
    const ms = Math.round(minutes * 60) * 1000;
    if (ms > 0) agenda[phase] = ms;
  }
  return { ok: true, agenda };
}

/** The total planned time of an agenda's shown phases. */
export function plannedTotal(agenda: Agenda): number {
  return PLANNED_PHASES.reduce((n, p) => n + (agenda[p] ?? 0), 0);
}
