import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../testing/memoryLogger.js';
import { startTestServer, TEST_ADMIN_KEY } from '../testing/startTestServer.js';
import { redactUrl } from './requestLog.js';

describe('redactUrl', () => {
  it.each([
    ['/api/time', '/api/time'],
    ['/api/invitations/lookup?code=ABC234', '/api/invitations/lookup?code=[redacted]'],
    ['/api/invitations/lookup?invite=x.y', '/api/invitations/lookup?invite=[redacted]'],
    ['/sync/robotica?token=a.b&x=1', '/sync/robotica?token=[redacted]&x=1'],
    ['/api/tables/t/paper?format=md&lang=en', '/api/tables/t/paper?format=md&lang=en'],
  ])('%s -> %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});

describe('request log', () => {
  it('logs API calls without their credentials', async () => {
    const { log, lines } = memoryLogger();
    const server = await startTestServer({ log });
    try {
      const invitation = await server.app.catalog.participantInvitation('robotica', Date.now());
      const token = await server.tokenFor('robotica');
      await fetch(`${server.httpUrl}/api/time`);
      await fetch(`${server.httpUrl}/api/invitations/lookup?code=${invitation.code}`);
      await fetch(`${server.httpUrl}/api/events`, {
        headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      });
      await fetch(`${server.httpUrl}/api/tables/robotica/join-info`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const requests = lines().filter((line) => line.event === 'http_request');
      expect(requests).toEqual([
        expect.objectContaining({
          method: 'GET',
          url: '/api/invitations/lookup?code=[redacted]',
          status: 200,
          ms: expect.any(Number),
        }),
        expect.objectContaining({ url: '/api/events', status: 200 }),
        expect.objectContaining({ url: '/api/tables/robotica/join-info', status: 200 }),
      ]);
      const text = JSON.stringify(lines());
      for (const secret of [invitation.code, TEST_ADMIN_KEY, token]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await server.stop();
    }
  });
});
