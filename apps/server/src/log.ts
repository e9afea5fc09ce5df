/** Structured fields attached to a log line. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** A structured logger: one JSON object per line. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Writes JSON lines through `write` (stdout by default in main.ts). */
export function createJsonLogger(write: (line: string) => void, now = () => Date.now()): Logger {
  const emit = (level: string, event: string, fields?: LogFields) =>
    write(JSON.stringify({ t: new Date(now()).toISOString(), level, event, ...fields }));
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
