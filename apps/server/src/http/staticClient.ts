import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { extname } from 'node:path';

/** Types of the files the client build is made of; any other path is a client-side route. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const isServedFile = (path: string) => Object.hasOwn(TYPES, extname(path).toLowerCase());

/**
 * Serves the built web client from `root` (GET and HEAD). Paths without the extension of a
 * served file type get index.html, so client-side routes load the app: /t/robotica, and
 * invitation links /i/<id>.<signature>, whose signature would otherwise read as an extension.
 * Hashed files under /assets/ are cached for a year; the rest is revalidated (ETag) each time,
 * so a new build reaches phones at their next load. @fastify/static refuses paths that leave
 * `root` or are not canonical (403), and dotfiles.
 */
export async function staticClient(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    serve: false,
    dotfiles: 'ignore',
    cacheControl: false,
    suppressWarning: true,
    setHeaders: (reply, file) => {
      void reply.header('content-type', TYPES[extname(file).toLowerCase()]);
      const hashed = file.startsWith(`${root}/assets/`);
      void reply.header(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get<{ Params: { '*': string } }>('/*', (request, reply) => {
    const path = `/${request.params['*']}`;
    return reply.sendFile(isServedFile(path) ? path.slice(1) : 'index.html');
  });
}
