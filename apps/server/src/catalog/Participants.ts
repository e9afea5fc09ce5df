import type { Role } from '../auth/tokens.js';
import type { CatalogDb } from './CatalogDb.js';

/** A person who joined a table: what they gave, and whether they may be named in the paper. */
export interface ParticipantRecord {
  readonly id: string;
  readonly tableId: string;
  readonly role: Role;
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
  readonly invitationId: string | null;
  readonly joinedAt: number;
}

interface ParticipantRow {
  id: string;
  table_id: string;
  role: string;
  name: string;
  organisation: string;
  consent: number;
  invitation_id: string | null;
  joined_at: number;
}

export class Participants {
  constructor(private readonly db: CatalogDb) {}

  async add(p: ParticipantRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO participants (id, table_id, role, name, organisation, consent, invitation_id,
         joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        p.id,
        p.tableId,
        p.role,
        p.name,
        p.organisation,
        p.consent ? 1 : 0,
        p.invitationId,
        p.joinedAt,
      ],
    );
  }

  async list(tableId: string): Promise<ParticipantRecord[]> {
    const rows = await this.db.all<ParticipantRow>(
      'SELECT * FROM participants WHERE table_id = ? ORDER BY joined_at',
      [tableId],
    );
    return rows.map(toRecord);
  }

  /** Records whether a person agrees to be named in the paper. */
  async setConsent(id: string, consent: boolean): Promise<void> {
    await this.db.run('UPDATE participants SET consent = ? WHERE id = ?', [consent ? 1 : 0, id]);
  }

  async find(id: string): Promise<ParticipantRecord | undefined> {
    const row = await this.db.get<ParticipantRow>('SELECT * FROM participants WHERE id = ?', [id]);
    return row && toRecord(row);
  }
}

function toRecord(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    tableId: row.table_id,
    role: row.role as Role,
    name: row.name,
    organisation: row.organisation,
    consent: Number(row.consent) === 1,
    invitationId: row.invitation_id,
    joinedAt: Number(row.joined_at),
  };
}
