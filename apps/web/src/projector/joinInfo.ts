import type { Language } from '../i18n/translate.js';

/** How to join a table, as GET /api/tables/<id>/join-info answers. */
export interface JoinInfo {
  /** The short code people can type, when the server issues one. */
  readonly code: string | null;
  /** The participants' invitation link. */
  readonly url: string;
  /** The language of the table's event; null when the server does not say. */
  readonly language: Language | null;
}

/** What the wall shows people to join: the QR code's text, a short address and the code. */
export interface WallJoin {
  readonly qrText: string;
  /** The address to type, without the scheme: `tavolo.example/entra`. */
  readonly address: string;
  readonly code: string | null;
}

/**
 * Asks the server how to join a table. When it cannot say (an old server, a failure), the
 * table's own URL is right for an open table: it opens the join form.
 */
export async function fetchJoinInfo(
  tableId: string,
  token: string,
  origin: string,
  fetchFn: typeof fetch = fetch,
): Promise<JoinInfo> {
  const fallback: JoinInfo = { code: null, url: `${origin}/t/${tableId}`, language: null };
  try {
    const res = await fetchFn(`/api/tables/${encodeURIComponent(tableId)}/join-info`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) return fallback;
    const body = (await res.json()) as { code?: unknown; url?: unknown; language?: unknown };
    if (typeof body.url !== 'string' || body.url === '') return fallback;
    return {
      code: typeof body.code === 'string' && body.code ? body.code : null,
      url: body.url,
      language: body.language === 'it' || body.language === 'en' ? body.language : null,
    };
  } catch {
    return fallback;
  }
}

/**
 * The short join page with the code (`<origin>/entra?codice=K7P4QX`) rather than the signed
 * link: a few characters to type from the back of the room, and a sparser QR code that a phone
 * reads from farther away. The page looks the code up as soon as it opens.
 */
export function wallJoin(info: JoinInfo): WallJoin {
  let url: URL;
  try {
    url = new URL(info.url);
  } catch {
    return { qrText: info.url, address: info.url, code: info.code };
  }
  if (!info.code) {
    return { qrText: info.url, address: `${url.host}${url.pathname}`, code: null };
  }
  return {
    qrText: `${url.origin}/entra?codice=${encodeURIComponent(info.code)}`,
    address: `${url.host}/entra`,
    code: info.code,
  };
}
