import type { FastifyInstance } from 'fastify';
import type { Logger } from '../log.js';

/** Query parameters that carry a credential or an invitation: never logged. */
const SECRET_PARAMS = ['token', 'invite', 'code', 'key'];

/** The URL as it may be logged: secret query parameters' values replaced. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const name of SECRET_PARAMS) {
    if (params.has(name)) params.set(name, '[redacted]');
  }
  return `${url.slice(0, at)}?${params.toString().replaceAll('%5Bredacted%5D', '[redacted]')}`;
}

/** Answers too frequent and too plain to log when they succeed: every device reads the clock. */
const QUIET = new Set(['/api/time']);

/**
 * One `http_request` line per API call, and per other request that failed (a missing file, a
 * refused path): method, path without secrets, status, milliseconds. Successful static files,
 * clock reads and the probes (/healthz, /metrics) are not logged: they would drown the rest.
 * Headers are never logged, so neither is an Authorization header.
 */
export function requestLog(app: FastifyInstance, log: Logger): void {
  app.addHook('onResponse', async (request, reply) => {
    const url = request.url;
    const api = url.startsWith('/api/') && !QUIET.has(url);
    if (!api && reply.statusCode < 400) return;
    log.info('http_request', {
      method: request.method,
      url: redactUrl(url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    });
  });
}
