import { createLogger, type Logger } from '../log.js';

/** A real (pino) logger whose lines are kept in memory, parsed, for tests to read. */
export function memoryLogger(): { log: Logger; lines: () => Array<Record<string, unknown>> } {
  const raw: string[] = [];
  const log = createLogger({ destination: { write: (line: string) => void raw.push(line) } });
  return { log, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
