import { normaliseCode } from '../join/invitationApi.js';

const LINK_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const CODE_LENGTHS = [6, 10];

/**
 * Where a pasted invitation leads: `/i/<token>` for a link (whole, or just its token), `/entra`
 * with the code for a short code; null for anything else. Only this app's own paths come out,
 * whatever host the pasted link names.
 */
export function invitationPath(pasted: string): string | null {
  const text = pasted.trim();
  if (text === '') return null;
  const link = /\/i\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\/?(?:[?#].*)?$/.exec(text);
  if (link?.[1]) return `/i/${link[1]}`;
  if (LINK_TOKEN.test(text)) return `/i/${text}`;
  const codeParam = /[?&]codice=([^&#]+)/.exec(text);
  const code = normaliseCode(codeParam?.[1] ? decodeURIComponent(codeParam[1]) : text);
  if (/^[A-Z0-9]+$/.test(code) && CODE_LENGTHS.includes(code.length)) {
    return `/entra?codice=${code}`;
  }
  return null;
}
