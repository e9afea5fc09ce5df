import {
  CONTROL,
  ROOT,
  runsTable,
  type Directory,
  type DirectoryEntry,
  type Role,
} from '@tavolo/board';
import type * as Y from 'yjs';

/**
 * Who is looking: a connection or API caller (its role and participant id, from a verified
 * token), or an export (the paper, CSV/XLSX), which leaves the room and is read by anyone.
 */
export type Viewer = ConnectedViewer | 'export';

/** A viewer with a verified token: a connection or an API caller. */
export interface ConnectedViewer {
  readonly role: Role;
  readonly participantId: string;
}

/** The moderator's privacy settings of a table, from the board's control map. */
export interface TableSettings {
  readonly anonymous: boolean;
  /** At an anonymous table, whether organisations are shown; ignored at a named table. */
  readonly showOrganisations: boolean;
}

/** A person the catalogue records at a table. */
export interface TablePerson {
  readonly id: string;
  readonly role: Role;
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
}

/** A table's settings as its board says (a board that never said: named, organisations shown). */
export function settingsOf(doc: Y.Doc): TableSettings {
  const control = doc.getMap(ROOT.control);
  return {
    anonymous: control.get(CONTROL.anonymous) === true,
    showOrganisations: control.get(CONTROL.showOrganisations) !== false,
  };
}

/**
 * What `viewer` may see of the people of a table: the one place that decides it, used for the
 * directory each connection receives, every API answer that lists people, and the paper.
 *
 * - The secretariat and the table's moderators run it: every name, organisation and consent.
 * - A participant sees itself whole; at a named table the others' names and organisations; at
 *   an anonymous table no other name, and others' organisations only if the moderator shows them.
 * - An observer (the projector) and an export name only people who consented, and only at a
 *   named table; organisations unless the table is anonymous with organisations hidden.
 *
 * Everyone is listed by id and role (the board already names authors by id), so a reader can
 * count people; what it may not see is left out of the entry, never blanked in place.
 */
export function directoryFor(
  viewer: Viewer,
  settings: TableSettings,
  people: readonly TablePerson[],
): Directory {
  const organisations = !settings.anonymous || settings.showOrganisations;
  const out: Record<string, DirectoryEntry> = {};
  for (const person of people) out[person.id] = entryFor(viewer, settings, organisations, person);
  return out;
}

function entryFor(
  viewer: Viewer,
  settings: TableSettings,
  organisations: boolean,
  person: TablePerson,
): DirectoryEntry {
  const { role, name, organisation, consent } = person;
  const self = viewer !== 'export' && viewer.participantId === person.id;
  if (self || (viewer !== 'export' && runsTable(viewer.role))) {
    return { role, name, organisation, consent };
  }
  const named =
    viewer !== 'export' && viewer.role === 'participant'
      ? !settings.anonymous
      : !settings.anonymous && consent;
  return {
    role,
    ...(named ? { name } : {}),
    ...(organisations ? { organisation } : {}),
    // An export credits only those who said yes: it needs their answer, and has no other way
    // to name anyone. Others learn nobody's answer but their own.
    ...(viewer === 'export' ? { consent } : {}),
  };
}
