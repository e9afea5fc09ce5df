import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

describe('WebSocket upgrade path', () => {
  it('refuses a malformed %-escape in the table id with 400, and keeps serving', async () => {
    const s = (server = await startTestServer());
    const ws = new WebSocket(`${s.url}/%E0%A4%A?token=${s.tokenFor('robotica')}`);
    const status = await new Promise<number>((resolve, reject) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => reject(new Error('upgraded')));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(400);
    expect((await fetch(`${s.httpUrl}/healthz`)).status).toBe(200);
  });
});
