/**
 * The measurement marker carried inside every generated edit (in a card's or comment's text):
 *   ~Bx<index: 8 digits>:<send time: 12 digits, microseconds on the generator's clock>~
 * Edits are generated with a zero send time; the sender writes the real time into the framed
 * bytes just before sending. Yjs (v1 encoding) writes strings verbatim, and every server relays
 * the inserted string unchanged, so any receiver finds the marker with one byte search.
 */
const PREFIX = '~Bx';
const INDEX_DIGITS = 8;
const TIME_DIGITS = 12;
const PREFIX_BYTES = Buffer.from(PREFIX, 'latin1');
const TIME_OFFSET = PREFIX.length + INDEX_DIGITS + 1;
/** Bytes of a whole marker. */
export const MARKER_LENGTH = TIME_OFFSET + TIME_DIGITS + 1;

/** The placeholder written into an edit's text at generation time. */
export function markerPlaceholder(index: number): string {
  return `${PREFIX}${String(index).padStart(INDEX_DIGITS, '0')}:${'0'.repeat(TIME_DIGITS)}~`;
}

/** Where the placeholder of `index` starts in `frame`; throws when absent. */
export function findPlaceholder(frame: Uint8Array, index: number): number {
  const at = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).indexOf(
    markerPlaceholder(index),
    0,
    'latin1',
  );
  if (at < 0) throw new Error(`marker ${index} not found in the generated frame`);
  return at;
}

/** Microseconds on the generator's monotonic clock. */
export function nowMicros(): number {
  return Math.round(performance.now() * 1000);
}

/** Writes the send time into the placeholder at `at` (in place). */
export function stampMarker(frame: Buffer, at: number, micros: number): void {
  frame.write(String(micros).padStart(TIME_DIGITS, '0'), at + TIME_OFFSET, 'latin1');
}

/** Calls `found(index, sentMicros)` for every marker in `data` from `from` on. */
export function readMarkers(
  data: Buffer,
  from: number,
  found: (index: number, sentMicros: number) => void,
): void {
  let at = data.indexOf(PREFIX_BYTES, from);
  while (at >= 0 && at + MARKER_LENGTH <= data.length) {
    const index = digits(data, at + PREFIX.length, INDEX_DIGITS);
    const sent = digits(data, at + TIME_OFFSET, TIME_DIGITS);
    if (index >= 0 && sent > 0) found(index, sent);
    at = data.indexOf(PREFIX_BYTES, at + MARKER_LENGTH);
  }
}

function digits(data: Buffer, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = data[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
