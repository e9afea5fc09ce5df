import type { Database, Statement } from 'better-sqlite3';
import type { Role } from '../auth/tokens.js';
import { migrateCatalog } from './schema.js';

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
  private readonly insert: Statement<ParticipantRow>;
  private readonly ofTable: Statement<[string], ParticipantRow>;

  constructor(db: Database) {
    migrateCatalog(db);
    this.insert = db.prepare(
      `INSERT INTO participants (id, table_id, role, name, organisation, consent, invitation_id,
         joined_at)
       VALUES (@id, @table_id, @role, @name, @organisation, @consent, @invitation_id, @joined_at)`,
    );
    this.ofTable = db.prepare('SELECT * FROM participants WHERE table_id = ? ORDER BY joined_at');
  }

  add(p: ParticipantRecord): void {
    this.insert.run({
      id: p.id,
      table_id: p.tableId,
      role: p.role,
      name: p.name,
      organisation: p.organisation,
      consent: p.consent ? 1 : 0,
      invitation_id: p.invitationId,
      joined_at: p.joinedAt,
    });
  }

  list(tableId: string): ParticipantRecord[] {
    return this.ofTable.all(tableId).map((row) => ({
      id: row.id,
      tableId: row.table_id,
      role: row.role as Role,
      name: row.name,
      organisation: row.organisation,
      consent: row.consent === 1,
      invitationId: row.invitation_id,
      joinedAt: row.joined_at,
    }));
  }
}
