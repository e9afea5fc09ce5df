import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { HttpError } from './json.js';

/** Hooks that count a route's requests per client address and answer 429 past the limit. */
export interface JoinLimits {
  /** Invitation lookups and accepts, counted together: each can try a guessed code. */
  readonly invitations: onRequestAsyncHookHandler;
  /** Joins of open tables: each creates a participant. */
  readonly openJoins: onRequestAsyncHookHandler;
}

const MINUTE = 60_000;

/**
 * Rate limits of the routes anyone may call to get into a table. Counters live in this process
 * (one per instance when scaled out) and per client address: `request.ip`, which is the
 * X-Forwarded-For address only for the proxies `trustProxy` names.
 */
export async function joinLimits(
  app: FastifyInstance,
  limits: Config['joinLimits'],
  log: Logger,
): Promise<JoinLimits> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        'rate_limited',
        `Too many attempts from this address; try again in ${context.after}.`,
      ),
    onExceeded: (request, key) =>
      log.warn('rate_limited', { route: request.routeOptions.url, address: key }),
  });
  // One hook per budget: routes sharing a hook share its counters (a hook per route would not).
  return {
    invitations: app.rateLimit({ max: limits.invitationsPerMinute, timeWindow: MINUTE }),
    openJoins: app.rateLimit({ max: limits.openJoinsPerMinute, timeWindow: MINUTE }),
  };
}
