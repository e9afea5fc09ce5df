import { addCard, addComment, setAnonymity, setPhase, type Actor, type Role } from '@tavolo/board';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TableSettings } from '../privacy/visibility.js';
import { api } from './api.js';
import type { TestServer } from './startTestServer.js';
import { until } from './until.js';

/** A person of the private table: names nobody else uses, so a search of bytes is exact. */
export interface PrivatePerson {
  readonly key: string;
  readonly role: Role;
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
}

/** Everyone recorded at the table when the viewers connect. */
export const PEOPLE: readonly PrivatePerson[] = [
  p('mod', 'moderator', 'Ermenegilda Zaffiro', 'Cluster Ametista', false),
  p('ada', 'participant', 'Gianluigi Quarzo', 'Officine Berillo', true),
  p('bea', 'participant', 'Ottavia Pimpinella', 'Fonderie Cinabro', false),
  p('tecla', 'participant', 'Tecla Ossidiana', 'Vetrerie Ambra', false),
  p('ugo', 'participant', 'Niccolò Topazio', 'Ceramiche Opale', true),
  p('wall', 'observer', 'Proiettore Sala Onice', 'Aula Magna Onice', false),
];

/** Joins once the viewers are connected, first without consent, then saying yes. */
export const LATE: PrivatePerson = p(
  'zeno',
  'participant',
  'Zenobia Malachite',
  'Cantieri Giada',
  false,
);

/** The last card written: once a connection received it, it received all that came before. */
export const SENTINEL = 'Sentinella di fine prova';

function p(key: string, role: Role, name: string, organisation: string, consent: boolean) {
  return { key, role, name, organisation, consent };
}

/** A person's join: their token and the id the catalogue gave them. */
export interface Joined extends PrivatePerson {
  readonly token: string;
  readonly id: string;
}

/** The table, its people with their tokens, and what to close after the test. */
export interface PrivateTable {
  readonly tableId: string;
  readonly eventId: string;
  readonly people: Readonly<Record<string, Joined>>;
  /** The secretariat's token (it is nobody at the table). */
  readonly secretariat: string;
  close(): void;
}

/**
 * A new table whose people have distinctive names and organisations, set to `settings`, where
 * two participants wrote cards and a comment and sit online with presence that (like a stock
 * client) carries their own names.
 */
export async function privateTable(s: TestServer, settings: TableSettings): Promise<PrivateTable> {
  const event = await api(s, 'POST', '/api/events', {
    title: 'Giornata riservata',
    date: '2026-03-02',
    tables: [{ title: 'Tavolo riservato' }],
  });
  const tableId: string = event.body.tables[0].id;
  const people: Record<string, Joined> = {};
  for (const person of PEOPLE) {
    const joined = await s.join(tableId, person.role, person);
    people[person.key] = { ...person, token: joined.token, id: joined.participantId };
  }
  const actor = (key: string): Actor => ({ id: people[key]!.id, role: people[key]!.role });
  await s.app.rooms.change(tableId, (doc) => {
    setPhase(doc, actor('mod'), 'sharing');
    setAnonymity(doc, actor('mod'), settings.anonymous, settings.showOrganisations);
    const card = addCard(doc, actor('ada'), { section: 'needs', text: 'Saldatori laser' });
    addCard(doc, actor('bea'), { section: 'trends', text: 'Meno iscritti agli ITS' });
    addComment(doc, actor('bea'), card, 'Confermiamo anche noi');
  });
  const online = await Promise.all(['ada', 'bea'].map((key) => present(s, tableId, people[key]!)));
  return {
    tableId,
    eventId: event.body.id,
    people,
    secretariat: (await s.join(tableId, 'secretariat')).token,
    close: () => online.forEach((provider) => provider.destroy()),
  };
}

/** A stock y-websocket client of `person`, online, whose presence names them (as a client may). */
export async function present(s: TestServer, tableId: string, person: Joined) {
  const provider = new WebsocketProvider(s.url, tableId, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: person.token },
  });
  provider.awareness.setLocalState({
    user: { id: person.id, name: person.name, organisation: person.organisation },
    editing: null,
    section: 'needs',
  });
  await until(() => provider.synced, `${person.key} online`);
  return provider;
}

/** Who connects a raw socket: the secretariat, the moderator, two participants, the projector. */
export const VIEWERS: Record<string, Role> = {
  secretariat: 'secretariat',
  mod: 'moderator',
  tecla: 'participant',
  ugo: 'participant',
  wall: 'observer',
};

/** The product's rule, written out here so that the server's can be checked against it. */
export function mayName(viewer: string, person: PrivatePerson, settings: TableSettings): boolean {
  const role = VIEWERS[viewer]!;
  if (viewer === person.key || role === 'secretariat' || role === 'moderator') return true;
  if (settings.anonymous) return false;
  return role === 'participant' || person.consent;
}

export function mayShowOrganisation(
  viewer: string,
  person: PrivatePerson,
  settings: TableSettings,
) {
  const role = VIEWERS[viewer]!;
  if (viewer === person.key || role === 'secretariat' || role === 'moderator') return true;
  return !settings.anonymous || settings.showOrganisations;
}
