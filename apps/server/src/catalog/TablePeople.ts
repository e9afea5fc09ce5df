import type { LegacyIdentity } from '@tavolo/board';
import type { TablePerson } from '../privacy/visibility.js';
import type { ParticipantRecord, Participants } from './Participants.js';

/**
 * The people of each table as the catalogue records them, and the changes to them that a live
 * room must pass on (someone joined, someone changed their consent): the room sends every
 * connection its new cut of the directory (sync/RoomDirectory.ts).
 */
export class TablePeople {
  private readonly listeners = new Set<(tableId: string) => void>();

  constructor(private readonly participants: Participants) {}

  /** Calls `listener` with a table's id whenever its people change; returns how to stop. */
  onChange(listener: (tableId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The people recorded at a table, in the order they joined. */
  list(tableId: string): Promise<TablePerson[]> {
    return this.participants.list(tableId);
  }

  /** Records a person who joined a table. */
  async add(record: ParticipantRecord): Promise<void> {
    await this.participants.add(record);
    this.changed(record.tableId);
  }

  /** Records a person's answer to being named in the paper; false when nobody has that id. */
  async setConsent(tableId: string, participantId: string, consent: boolean): Promise<boolean> {
    const person = await this.participants.find(participantId);
    if (!person || person.tableId !== tableId) return false;
    await this.participants.setConsent(participantId, consent);
    if (person.consent !== consent) this.changed(tableId);
    return true;
  }

  /**
   * Records the people an old board names (schema 2 kept names on the board) whom the catalogue
   * does not know, such as the authors of old demo data, before the board forgets them. Nobody
   * is named without the yes the board recorded. An id recorded at another table is left alone
   * (ids are global): that author stays unnamed here. Returns how many were added.
   */
  async adoptLegacy(tableId: string, people: readonly LegacyIdentity[], now: number) {
    let added = 0;
    for (const person of people) {
      if (person.id === '' || (await this.participants.find(person.id))) continue;
      await this.participants.add({
        ...person,
        tableId,
        role: 'participant',
        invitationId: null,
        joinedAt: now,
      });
      added++;
    }
    if (added > 0) this.changed(tableId);
    return added;
  }

  private changed(tableId: string): void {
    for (const listener of this.listeners) listener(tableId);
  }
}
