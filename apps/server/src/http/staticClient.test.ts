import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

/**
 * A GET sent exactly as written: fetch would normalise `..` and `%2e` in the path, and add
 * `cache-control: no-cache` to a conditional request.
 */
function rawGet(
  server: TestServer,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.httpUrl}/`, { path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static web client', () => {
  let server: TestServer;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'tavolo-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log(1)');
    writeFileSync(join(root, 'sw.js'), 'self.skipWaiting()');
    writeFileSync(join(root, '.secret.json'), '{"SECRET":1}');
    server = await startTestServer({ env: { TAVOLO_WEB_DIR: root } });
  });

  afterAll(() => server.stop());

  it.each([
    ['/', 'the root'],
    ['/t/robotica', 'a table'],
    ['/segreteria/eventi/x/regia', 'a secretariat page'],
    [
      '/i/Qx3-_aZ09aaaaaaa.Zm9vYmFyYmF6cXV4',
      'an invitation link, whose signature looks like an extension',
    ],
  ])('serves the app for %s (%s), to be revalidated', async (path) => {
    const res = await fetch(server.httpUrl + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('serves hashed assets as files cached for a year, others revalidated', async () => {
    const js = await fetch(`${server.httpUrl}/assets/main-abc.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    const sw = await fetch(`${server.httpUrl}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await rawGet(server, '/t/robotica');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await rawGet(server, '/t/robotica', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetch(`${server.httpUrl}/assets/main-abc.js`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('14');
    expect(await res.text()).toBe('');
  });

  it('404s in JSON for a missing file, and for an unknown API route', async () => {
    const missing = await fetch(`${server.httpUrl}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not_found' });
    const api = await fetch(`${server.httpUrl}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ code: 'not_found', message: 'No such API route.' });
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/.secret.json',
  ])('never serves a file outside the build or a dotfile: %s', async (path) => {
    const res = await rawGet(server, path);
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('"name"');
    expect(res.body).not.toContain('SECRET');
    expect(JSON.parse(res.body)).toHaveProperty('code');
  });
});
