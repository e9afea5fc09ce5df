import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'tavolo-csp-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  server = await startTestServer({ env: { TAVOLO_WEB_DIR: root } });
});
afterAll(() => server.stop());

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it.each(['/t/robotica', '/api/time', '/api/nothing'])(
    'sends a strict same-origin policy with %s',
    async (path) => {
      const res = await fetch(server.httpUrl + path);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['style-src']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      expect(csp['worker-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      const all = Object.values(csp).flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      // Plain http on a venue's network must keep working.
      expect(csp).not.toHaveProperty('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      // Invitation links carry their signature in the path: never sent on as a referrer.
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );
});
