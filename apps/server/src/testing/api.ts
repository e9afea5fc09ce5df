import type { TestServer } from './startTestServer.js';
import { TEST_ADMIN_KEY } from './startTestServer.js';

/** A JSON request against a test server; `key` is sent as the bearer credential. */
export async function api(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = TEST_ADMIN_KEY,
) {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    // Tests assert on the JSON's shape themselves.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (text ? JSON.parse(text) : null) as Record<string, any>,
  };
}
