import type { EventView, InvitationView, TableView } from './types.js';

/** A participants' invitation as the API shows it. */
export function anInvitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: 'inv-1',
    tableId: 'robotica',
    role: 'participant',
    label: '',
    code: 'K7QM2X',
    url: 'http://localhost/i/inv-1.sig',
    expiresAt: Date.now() + 3_600_000,
    revokedAt: null,
    createdAt: 1,
    ...overrides,
  };
}

/** A table of the test event. */
export function aTable(overrides: Partial<TableView> = {}): TableView {
  return {
    id: 'robotica',
    eventId: 'skills-day',
    title: 'Competenze per la robotica industriale',
    templateId: 'skillNeeds',
    cluster: 'Clust-ER MECH',
    area: 'Meccatronica e motoristica',
    moderators: [{ name: 'Federico Capucci', organisation: 'Clust-ER MECH' }],
    openJoin: false,
    position: 0,
    createdAt: 1,
    invitations: [],
    participants: 0,
    ...overrides,
  };
}

/** The test event, with one table unless told. */
export function anEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 'skills-day',
    title: 'Skills Intelligence Emilia-Romagna',
    date: '2026-05-12',
    startTime: '09:30',
    place: 'Tecnopolo DAMA, Bologna',
    organiser: 'ART-ER',
    language: 'it',
    archivedAt: null,
    createdAt: 1,
    tables: [aTable()],
    ...overrides,
  };
}
