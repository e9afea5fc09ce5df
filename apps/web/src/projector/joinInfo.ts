/** How to join a table, as GET /api/tables/<id>/join-info answers. */
export interface JoinInfo {
  /** The short code people can type, when the server issues one. */
  readonly code: string | null;
  /** The URL the QR code encodes. */
  readonly url: string;
}

/**
 * Asks the server how to join a table. Until the endpoint exists (404, or any failure), and for
 * open demo tables, the table's own URL is right: it opens the join form.
 */
export async function fetchJoinInfo(
  tableId: string,
  token: string,
  origin: string,
  fetchFn: typeof fetch = fetch,
): Promise<JoinInfo> {
  const fallback: JoinInfo = { code: null, url: `${origin}/t/${tableId}` };
  try {
    const res = await fetchFn(`/api/tables/${encodeURIComponent(tableId)}/join-info`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) return fallback;
    const body = (await res.json()) as { code?: unknown; url?: unknown };
    if (typeof body.url !== 'string' || body.url === '') return fallback;
    return { code: typeof body.code === 'string' && body.code ? body.code : null, url: body.url };
  } catch {
    return fallback;
  }
}
