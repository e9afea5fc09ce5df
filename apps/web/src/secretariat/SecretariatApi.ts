import type { Phase } from '@tavolo/board';
import { ApiError } from '../api/ApiError.js';
import { requestBlob, requestJson, type RequestOptions } from '../api/requestJson.js';
import type { InvitedRole } from '../join/invitationApi.js';
import type {
  EventFields,
  EventSummary,
  EventView,
  InvitationView,
  PaperFormat,
  TableFields,
  TableView,
} from './types.js';

/**
 * The secretariat's REST calls, with the key as bearer. A 401 (wrong or changed key) calls
 * `onUnauthorised` before the error is thrown, so the pages can ask for the key again.
 */
export class SecretariatApi {
  constructor(
    private readonly key: string,
    private readonly onUnauthorised: () => void,
  ) {}

  private async call<T>(path: string, options: RequestOptions = {}): Promise<T> {
    try {
      return await requestJson<T>(path, { ...options, bearer: this.key });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) this.onUnauthorised();
      throw err;
    }
  }

  async listEvents(): Promise<readonly EventSummary[]> {
    return (await this.call<{ events: EventSummary[] }>('/api/events')).events;
  }

  getEvent(eventId: string): Promise<EventView> {
    return this.call(`/api/events/${encodeURIComponent(eventId)}`);
  }

  createEvent(fields: EventFields): Promise<EventView> {
    return this.call('/api/events', { method: 'POST', body: fields });
  }

  updateEvent(eventId: string, patch: Partial<EventFields>): Promise<EventView> {
    return this.call(`/api/events/${encodeURIComponent(eventId)}`, {
      method: 'PATCH',
      body: patch,
    });
  }

  archiveEvent(eventId: string): Promise<EventView> {
    return this.call(`/api/events/${encodeURIComponent(eventId)}/archive`, { method: 'POST' });
  }

  deleteEvent(eventId: string): Promise<void> {
    return this.call(`/api/events/${encodeURIComponent(eventId)}`, { method: 'DELETE' });
  }

  addTable(eventId: string, fields: TableFields): Promise<TableView> {
    return this.call(`/api/events/${encodeURIComponent(eventId)}/tables`, {
      method: 'POST',
      body: fields,
    });
  }

  /** Changes a table; its template is fixed once the board exists. */
  updateTable(
    tableId: string,
    patch: Omit<Partial<TableFields>, 'templateId'>,
  ): Promise<TableView> {
    return this.call(`/api/tables/${encodeURIComponent(tableId)}`, {
      method: 'PATCH',
      body: patch,
    });
  }

  /** Replaces a table's agenda: planned milliseconds per phase; returns it as stored. */
  async setAgenda(
    tableId: string,
    durationsMs: Partial<Record<Phase, number>>,
  ): Promise<Partial<Record<Phase, number>>> {
    const answer = await this.call<{ agenda: Partial<Record<Phase, number>> }>(
      `/api/tables/${encodeURIComponent(tableId)}/agenda`,
      { method: 'PUT', body: { durationsMs } },
    );
    return answer.agenda;
  }

  invite(tableId: string, role: InvitedRole, label: string): Promise<InvitationView> {
    return this.call(`/api/tables/${encodeURIComponent(tableId)}/invitations`, {
      method: 'POST',
      body: label ? { role, label } : { role },
    });
  }

  revokeInvitation(invitationId: string): Promise<void> {
    return this.call(`/api/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
  }

  /** A sync token that opens every table read-only in practice: the control room never writes. */
  async openSession(): Promise<string> {
    return (await this.call<{ token: string }>('/api/session', { method: 'POST' })).token;
  }

  /** The whole event's position-paper draft as a file. */
  async eventPaper(eventId: string, format: PaperFormat, language: string) {
    try {
      return await requestBlob(
        `/api/events/${encodeURIComponent(eventId)}/paper?format=${format}&lang=${language}`,
        { bearer: this.key },
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) this.onUnauthorised();
      throw err;
    }
  }
}

/** React Query's retry rule for these calls: never retry what the server refused. */
export function retryUnlessRefused(failures: number, error: unknown): boolean {
  const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return !refused && failures < 1;
}
