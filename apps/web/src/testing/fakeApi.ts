import { vi } from 'vitest';

/** A request the fake server received. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

type Handler = (request: SeenRequest) => { status: number; body?: unknown } | Promise<never>;

/**
 * Replaces `fetch` with a fake Tavolo API: `routes` maps "METHOD /path?query" to a handler;
 * anything else answers 404. Returns the requests seen, in order.
 */
export function fakeApi(routes: Record<string, Handler>): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const fetchFake = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      path: String(input),
      authorization: headers.get('authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    const answer = handler ? await handler(request) : { status: 404, body: { code: 'not_found' } };
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchFake);
  return seen;
}

/** A JSON answer. */
export const reply = (status: number, body?: unknown) => () => ({ status, body });

/** A refusal as the server words it. */
export const refuse = (status: number, code: string, fields?: Record<string, string>) =>
  reply(status, { code, message: code, fields });
