import { pino, type DestinationStream } from 'pino';

/** Structured fields attached to a log line. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** A structured logger: one JSON object per line. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * Field names whose values never reach a log line, whoever passes them: credentials travel as
 * `authorization` headers and `token` query parameters, and a careless `log.info(…, { token })`
 * must not put one in a file that operators copy around.
 */
export const REDACTED_FIELDS = ['authorization', 'token', 'adminKey', 'secret', 'password'];

/** Where lines go and when they are stamped; stdout and the wall clock by default. */
export interface LoggerOptions {
  /** Receives each line, newline included; stdout (written synchronously) when absent. */
  readonly destination?: DestinationStream;
  readonly now?: () => number;
}

/**
 * A Logger on pino writing `{"level":"info","t":"<ISO time>",…fields,"event":"…"}` per line.
 * Writes to stdout are synchronous so that the last lines before `process.exit` are not lost
 * (.ci/run looks for `"event":"stopped"`).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const now = options.now ?? Date.now;
  const base = pino(
    {
      base: null,
      messageKey: 'event',
      timestamp: () => `,"t":"${new Date(now()).toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    info: (event, fields) => base.info(fields ?? {}, event),
    warn: (event, fields) => base.warn(fields ?? {}, event),
    error: (event, fields) => base.error(fields ?? {}, event),
  };
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
