import type { Database, Statement } from 'better-sqlite3';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../auth/tokens.js';
import { migrateCatalog } from './schema.js';

/** An invitation to one table in one role: a signed link and a short code, until it expires. */
export interface Invitation {
  readonly id: string;
  readonly tableId: string;
  readonly role: Role;
  /** Short join code, typed on a phone: 6 characters without look-alikes (0/O, 1/I/L). */
  readonly code: string;
  /** Who it is for, e.g. the moderator's name, or "Partecipanti". */
  readonly label: string;
  readonly expiresAt: number;
  readonly revokedAt: number | null;
  readonly createdAt: number;
}

interface InvitationRow {
  id: string;
  table_id: string;
  role: string;
  code: string;
  label: string;
  expires_at: number;
  revoked_at: number | null;
  created_at: number;
}

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

/** Why an invitation cannot be used. */
export type InvitationProblem = 'invitation_unknown' | 'invitation_expired' | 'invitation_revoked';

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export class Invitations {
  private readonly insert: Statement<InvitationRow>;
  private readonly byId: Statement<[string], InvitationRow>;
  private readonly byCode: Statement<[string], InvitationRow>;
  private readonly ofTable: Statement<[string], InvitationRow>;
  private readonly revokeStmt: Statement<[number, string]>;

  constructor(
    db: Database,
    private readonly secret: Uint8Array,
  ) {
    migrateCatalog(db);
    this.insert = db.prepare(
      `INSERT INTO invitations (id, table_id, role, code, label, expires_at, revoked_at, created_at)
       VALUES (@id, @table_id, @role, @code, @label, @expires_at, @revoked_at, @created_at)`,
    );
    this.byId = db.prepare('SELECT * FROM invitations WHERE id = ?');
    this.byCode = db.prepare('SELECT * FROM invitations WHERE code = ?');
    this.ofTable = db.prepare(
      'SELECT * FROM invitations WHERE table_id = ? ORDER BY created_at, id',
    );
    this.revokeStmt = db.prepare(
      'UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    );
  }

  create(input: { tableId: string; role: Role; label: string; expiresAt: number; now: number }) {
    for (;;) {
      const code = randomCode();
      if (this.byCode.get(code)) continue;
      const invitation: Invitation = {
        id: randomBytes(12).toString('base64url'),
        tableId: input.tableId,
        role: input.role,
        code,
        label: input.label,
        expiresAt: input.expiresAt,
        revokedAt: null,
        createdAt: input.now,
      };
      this.insert.run(toRow(invitation));
      return invitation;
    }
  }

  /** The link token of an invitation: its id and a signature, so ids cannot be guessed. */
  linkToken(invitation: Invitation): string {
    return `${invitation.id}.${this.sign(invitation.id)}`;
  }

  find(id: string): Invitation | undefined {
    const row = this.byId.get(id);
    return row && toRecord(row);
  }

  list(tableId: string): Invitation[] {
    return this.ofTable.all(tableId).map(toRecord);
  }

  revoke(id: string, now: number): boolean {
    return this.revokeStmt.run(now, id).changes > 0;
  }

  /** Resolves a link token or a typed code to a usable invitation, or says why not. */
  resolve(by: { link?: string; code?: string }, now: number): Invitation | InvitationProblem {
    let row: InvitationRow | undefined;
    if (by.link) {
      const [id, signature] = by.link.split('.');
      if (id && signature && safeEqual(signature, this.sign(id))) row = this.byId.get(id);
    } else if (by.code) {
      row = this.byCode.get(normaliseCode(by.code));
    }
    if (!row) return 'invitation_unknown';
    if (row.revoked_at !== null) return 'invitation_revoked';
    if (row.expires_at <= now) return 'invitation_expired';
    return toRecord(row);
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret)
      .update(`invitation:${id}`)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function randomCode(): string {
  let code = '';
  for (const byte of randomBytes(CODE_LENGTH)) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  return code;
}

function toRow(i: Invitation): InvitationRow {
  return {
    id: i.id,
    table_id: i.tableId,
    role: i.role,
    code: i.code,
    label: i.label,
    expires_at: i.expiresAt,
    revoked_at: i.revokedAt,
    created_at: i.createdAt,
  };
}

function toRecord(row: InvitationRow): Invitation {
  return {
    id: row.id,
    tableId: row.table_id,
    role: row.role as Role,
    code: row.code,
    label: row.label,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}
