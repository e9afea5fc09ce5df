import type { FastifyInstance } from 'fastify';
import { HttpError } from './json.js';

/**
 * Answers what no API route takes: 405 with `Allow` when the path exists for other methods,
 * 404 `not_found` otherwise — in JSON, so that an API client never gets the web app's HTML.
 * Call before the API routes are added: it learns their paths as they are.
 */
export function apiFallback(app: FastifyInstance): void {
  const routes: Array<{ pattern: RegExp; methods: string[] }> = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.endsWith('*')) return;
    const source = route.url.replace(/:\w+/g, '[^/]+');
    const pattern = new RegExp(`^${source}/?$`);
    const methods = [route.method].flat();
    const known = routes.find((r) => r.pattern.source === pattern.source);
    if (known) known.methods.push(...methods);
    else routes.push({ pattern, methods });
  });
  app.all('/api/*', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods);
    // A path the router could not take (a parameter past find-my-way's length limit) names
    // nothing, even where its method would be right.
    if (allowed.length === 0 || allowed.includes(request.method)) {
      throw new HttpError(404, 'not_found', 'No such API route.');
    }
    void reply.header('allow', [...new Set(allowed)].join(', '));
    throw new HttpError(405, 'method_not_allowed', 'Method not allowed.');
  });
}
