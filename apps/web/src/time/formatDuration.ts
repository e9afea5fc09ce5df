/**
 * A duration as a clock reads it, rounded up to the second: m:ss, h:mm:ss past an hour ("4:05",
 * "12:00", "1:02:03"). The phase timer on the boards and the control room both show it.
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A lateness in hours and minutes, at least a minute: "7 min", "1 h 05 min", "5 h 18 min". */
export function formatLateness(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
