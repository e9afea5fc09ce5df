import type { TemplateId } from '@tavolo/board';
import type { InvitedRole } from '../join/invitationApi.js';

/** Languages an event's papers can be written in. */
export type EventLanguage = 'it' | 'en';

/** What the secretariat types about an event. */
export interface EventFields {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM, local time of the venue: when the tables' agendas start. */
  readonly startTime: string;
  readonly place: string;
  readonly organiser: string;
  readonly language: EventLanguage;
}

interface EventRecord extends EventFields {
  readonly id: string;
  readonly archivedAt: number | null;
  readonly createdAt: number;
}

/** An event in the list: how many tables it has. */
export interface EventSummary extends EventRecord {
  readonly tables: number;
}

/** An event with its tables, their invitations and how many people joined each. */
export interface EventView extends EventRecord {
  readonly tables: readonly TableView[];
}

/** Who moderates a table. */
export interface Moderator {
  readonly name: string;
  readonly organisation: string;
}

/** What the secretariat types about a table. */
export interface TableFields {
  readonly title: string;
  readonly templateId: TemplateId;
  readonly cluster: string;
  readonly area: string;
  readonly moderators: readonly Moderator[];
}

/** A table of an event, as the API shows it. */
export interface TableView extends TableFields {
  readonly id: string;
  readonly eventId: string;
  readonly openJoin: boolean;
  readonly position: number;
  readonly createdAt: number;
  readonly invitations: readonly InvitationView[];
  /** How many participants have joined (moderators and observers not counted). */
  readonly participants: number;
}

/** An invitation to one table in one role. */
export interface InvitationView {
  readonly id: string;
  readonly tableId: string;
  readonly role: InvitedRole;
  readonly label: string;
  readonly code: string;
  readonly url: string;
  readonly expiresAt: number;
  readonly revokedAt: number | null;
  readonly createdAt: number;
}

/** Formats of a paper export. */
export const PAPER_FORMATS = ['docx', 'md', 'csv', 'xlsx'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

/** True while an invitation's link and code still open its table. */
export function invitationUsable(invitation: InvitationView, now: number): boolean {
  return invitation.revokedAt === null && invitation.expiresAt > now;
}
