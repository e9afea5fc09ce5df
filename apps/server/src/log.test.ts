import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';

function captured() {
  const lines: string[] = [];
  const log = createLogger({
    destination: { write: (line: string) => void lines.push(line) },
    now: () => Date.UTC(2026, 10, 19, 9, 30),
  });
  return { log, lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, event and fields', () => {
    const { log, lines } = captured();
    log.info('stopped', { signal: 'SIGTERM' });
    log.warn('socket_error', { room: 'robotica' });
    log.error('http_error');
    expect(lines()).toEqual([
      { level: 'info', t: '2026-11-19T09:30:00.000Z', event: 'stopped', signal: 'SIGTERM' },
      { level: 'warn', t: '2026-11-19T09:30:00.000Z', event: 'socket_error', room: 'robotica' },
      { level: 'error', t: '2026-11-19T09:30:00.000Z', event: 'http_error' },
    ]);
  });

  it('keeps the event as it is grepped for by .ci/run', () => {
    const raw: string[] = [];
    createLogger({ destination: { write: (line: string) => void raw.push(line) } }).info(
      'stopped',
      { signal: 'SIGINT' },
    );
    expect(raw[0]).toContain('"event":"stopped"');
    expect(raw[0]!.endsWith('\n')).toBe(true);
  });

  it('never writes credentials, whoever passes them', () => {
    const { log, lines } = captured();
    log.info('oops', { authorization: 'Bearer s3cret', token: 'abc.def', adminKey: 'k', ok: 1 });
    expect(lines()[0]).toMatchObject({
      authorization: '[redacted]',
      token: '[redacted]',
      adminKey: '[redacted]',
      ok: 1,
    });
    expect(JSON.stringify(lines())).not.toMatch(/s3cret|abc\.def/);
  });
});
