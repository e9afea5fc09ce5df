import helmet from '@fastify/helmet';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { DocStore } from '../store/DocStore.js';
import type { Rooms } from '../sync/Rooms.js';
import { apiFallback } from './apiFallback.js';
import type { ApiDeps } from './apiDeps.js';
import { errorResponse } from './errorResponse.js';
import { joinLimits } from './joinLimits.js';
import { HttpError } from './json.js';
import { paperRoutes } from './paperRoutes.js';
import { publicRoutes } from './publicRoutes.js';
import { redactUrl, requestLog } from './requestLog.js';
import { secretariatRoutes } from './secretariatRoutes.js';
import { securityHeaders } from './securityHeaders.js';
import { sessionRoutes } from './sessionRoutes.js';
import { staticClient } from './staticClient.js';

/** Largest JSON body accepted (docs/api.md): an event with 40 tables fits many times over. */
export const BODY_LIMIT = 64 * 1024;

/** Config's trustProxy as Fastify takes it: a hop count as proxy-addr reads one. */
function trustProxy(trust: Config['trustProxy']) {
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

/** What the HTTP side serves from. */
export interface HttpDeps {
  readonly config: Config;
  readonly api: ApiDeps;
  readonly rooms: Rooms;
  readonly store: DocStore;
  readonly metrics: Metrics;
  readonly secret: Uint8Array;
  /** False once the app stops: /healthz then answers 503 so the balancer moves clients away. */
  readonly accepting: () => boolean;
}

/**
 * The Fastify app of the REST API, /healthz, /metrics and the web client, with security
 * headers, rate limits on joining, JSON errors and request logs. WebSocket upgrades are not
 * Fastify's: the caller attaches them to `app.server`.
 */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { config, api, metrics } = deps;
  const log = api.log;
  const refuse = (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const answer = errorResponse(err, BODY_LIMIT);
    if (answer.log) {
      log.error(answer.log, {
        method: request.method,
        url: redactUrl(request.url),
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
    }
    return reply.code(answer.status).header('cache-control', 'no-store').send(answer.body);
  };
  const app = Fastify({
    // Logging is ours (requestLog, the error handler), through the Logger the app was given.
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxy(config.trustProxy),
    // A request must have arrived whole within a minute: a client sending a byte at a time
    // cannot hold a connection and its buffers for ever (Node's default is 5 minutes).
    requestTimeout: 60_000,
    // While stopping, requests on open connections are still answered as usual (and /healthz
    // says 503); Fastify's own 503 would not have the API's error shape.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed %-escape in a path, an over-long parameter: refusals, not 500s.
    frameworkErrors: (err: FastifyError, request, reply) => refuse(err, request, reply),
  });
  // Bodies are JSON or nothing; any other type is refused (415) before it is read.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((err, request, reply) => refuse(err, request, reply));
  app.setNotFoundHandler((request, reply) =>
    refuse(new HttpError(404, 'not_found', 'Not found.'), request, reply),
  );
  await app.register(helmet, securityHeaders());
  const limits = await joinLimits(app, config.joinLimits, log);
  requestLog(app, log);
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  app.get('/healthz', async (_request, reply) => {
    const accepting = deps.accepting();
    return reply
      .code(accepting ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({
        status: accepting ? 'ok' : 'stopping',
        rooms: deps.rooms.size,
        connections: metrics.connections,
      });
  });
  app.get('/metrics', async (_request, reply) =>
    reply
      .header('content-type', metrics.contentType)
      .header('cache-control', 'no-store')
      .send(await metrics.render()),
  );

  apiFallback(app);
  publicRoutes(app, api, deps.secret, limits);
  sessionRoutes(app, api, deps.secret);
  secretariatRoutes(app, api);
  paperRoutes(app, api, deps.rooms, deps.store, deps.secret);
  await staticClient(app, config.webDir);
  return app;
}
