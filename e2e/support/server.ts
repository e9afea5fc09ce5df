/**
 * How long after a change of phase or lock the e2e server accepts an offline backlog the old
 * state allowed (TAVOLO_PHASE_GRACE_MS; 10 minutes in production). Short, so a journey can
 * outwait it; long enough that no spec's own writes race a change they already saw.
 */
export const PHASE_GRACE_MS = 3_000;
