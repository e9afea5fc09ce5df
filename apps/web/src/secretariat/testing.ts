import { cleanup } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { MemoryStorage, renderWithApp } from '../testing/renderWithApp.js';
import { SecretariatApp } from './SecretariatApp.js';
import type { EventSummary, EventView, InvitationView, TableView } from './types.js';

/** Where the device keeps the secretariat key. */
export const KEY_ITEM = 'tavolo.secretariat.key';

/**
 * What every secretariat test needs around it: `window.scrollTo`, which jsdom does not implement,
 * stubbed; afterwards the page unmounted and the fake API and spies undone.
 */
export function setUpSecretariatTests(): void {
  beforeEach(() => vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

/** Renders the secretariat on `storage` (a new device unless told); returns the storage. */
export function renderSecretariat(storage = new MemoryStorage()): MemoryStorage {
  renderWithApp(createElement(SecretariatApp, { storage }), { storage });
  return storage;
}

/** Opens the secretariat at `path` on a device that keeps a key. */
export function openSecretariat(path: string): void {
  window.history.replaceState(null, '', path);
  const storage = new MemoryStorage();
  storage.setItem(KEY_ITEM, 'k');
  renderSecretariat(storage);
}

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

/** The test event as the list of events shows it: how many tables, not the tables. */
export function anEventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  const { tables, ...event } = anEvent();
  return { ...event, tables: tables.length, ...overrides };
}
