import { ApiError } from './ApiError.js';

/** What a request needs besides its path. */
export interface RequestOptions {
  readonly method?: string;
  readonly body?: unknown;
  /** A bearer credential: the secretariat key or a table token. */
  readonly bearer?: string;
  readonly signal?: AbortSignal;
}

/**
 * Calls the Tavolo REST API and reads its JSON answer (undefined for 204). A refusal becomes an
 * ApiError with the server's code and fields; an unreachable server the code `network`.
 */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options);
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw toApiError(res.status, body);
  return body as T;
}

/** Calls the API for a file (a paper export); the refusal is read as for requestJson. */
export async function requestBlob(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await send(path, options);
  if (!res.ok) throw toApiError(res.status, await res.json().catch(() => null));
  return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition')) };
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const data = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const fields = typeof data.fields === 'object' && data.fields !== null ? data.fields : {};
  return new ApiError(
    status,
    typeof data.code === 'string' ? data.code : `http_${status}`,
    typeof data.message === 'string' ? data.message : `HTTP ${status}`,
    fields as Record<string, string>,
  );
}

/** The file name of a Content-Disposition header, if it names one. */
export function fileNameOf(header: string | null): string | null {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ?? null;
}
