import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './staticFiles.js';

describe('static web client', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'tavolo-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log(1)');
    const serve = createStaticHandler(root);
    server = createServer((req, res) => {
      void serve(req, res).then((served) => {
        if (!served) res.writeHead(404).end('not found');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each([
    ['/t/robotica', 'a table'],
    ['/segreteria/eventi/x/regia', 'a secretariat page'],
    [
      '/i/Qx3-_aZ09aaaaaaa.Zm9vYmFyYmF6cXV4',
      'an invitation link, whose signature looks like an extension',
    ],
  ])('serves the app for %s (%s)', async (path) => {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('serves assets as files, and 404s for a missing one', async () => {
    const js = await fetch(`${base}/assets/main-abc.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toBe('console.log(1)');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });
});
