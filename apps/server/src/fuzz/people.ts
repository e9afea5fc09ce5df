import type { Role } from '@tavolo/board';
import type { Target } from './TavoloProcess.js';

/** Someone at a table: the token their socket presents and who the server recorded. */
export interface Person {
  readonly role: Role;
  readonly token: string;
  readonly participantId: string;
  readonly name: string;
  readonly organisation: string;
  /** The invitation the token came from, when it came from one. */
  readonly invitationId?: string;
}

/** A JSON request to the target; the secretariat key is sent when `admin` is set. */
export async function request(
  target: Target,
  method: string,
  path: string,
  body?: unknown,
  admin = false,
): Promise<{
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | null;
}> {
  const headers: Record<string, string> = {};
  if (admin) headers.authorization = `Bearer ${target.adminKey}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${target.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

async function ok(target: Target, method: string, path: string, body: unknown, admin: boolean) {
  const res = await request(target, method, path, body, admin);
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
  return res.json as Record<string, unknown>;
}

/** Creates an invitation to `table` in `role` with the secretariat key. */
export async function invite(target: Target, table: string, role: Role) {
  const invitation = await ok(target, 'POST', `/api/tables/${table}/invitations`, { role }, true);
  return { id: String(invitation.id), code: String(invitation.code) };
}

/** Accepts an invitation as a named person. */
export async function accept(
  target: Target,
  invitation: { id: string; code: string },
  name: string,
  organisation: string,
): Promise<Person> {
  const joined = await ok(
    target,
    'POST',
    '/api/invitations/accept',
    { code: invitation.code, name, organisation, consent: true },
    false,
  );
  return {
    role: joined.role as Role,
    token: String(joined.token),
    participantId: String(joined.participantId),
    name,
    organisation,
    invitationId: invitation.id,
  };
}

/**
 * A person of `role` at `table`, obtained as people really get there: a participant joins the
 * open table (or accepts an invitation with `byInvitation`), a moderator or an observer accepts
 * an invitation, the secretariat opens a session with its key.
 */
export async function enter(
  target: Target,
  table: string,
  role: Role,
  who: { name?: string; organisation?: string; byInvitation?: boolean } = {},
): Promise<Person> {
  const name = who.name ?? `${role} ${Math.random().toString(36).slice(2, 7)}`;
  const organisation = who.organisation ?? `Org of ${name}`;
  if (role === 'secretariat') {
    const { token } = await ok(target, 'POST', '/api/session', undefined, true);
    return { role, token: String(token), participantId: 'secretariat', name: '', organisation: '' };
  }
  if (role === 'participant' && !who.byInvitation) {
    const res = await request(target, 'POST', `/api/tables/${table}/join`, {
      name,
      organisation,
      consent: true,
    });
    if (res.status === 403) return enter(target, table, role, { ...who, byInvitation: true });
    if (res.status !== 201) throw new Error(`join answered ${res.status}: ${res.text}`);
    const joined = res.json!;
    return {
      role,
      token: String(joined.token),
      participantId: String(joined.participantId),
      name,
      organisation,
    };
  }
  return accept(target, await invite(target, table, role), name, organisation);
}

/** Adds a table to the demo event and returns its id: a board no other test has touched. */
export async function freshTable(target: Target, title: string): Promise<string> {
  const { events } = (await ok(target, 'GET', '/api/events', undefined, true)) as {
    events: Array<{ id: string }>;
  };
  const table = await ok(target, 'POST', `/api/events/${events[0]!.id}/tables`, { title }, true);
  return String(table.id);
}
