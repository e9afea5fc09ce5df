import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Role } from '../auth/tokens.js';
import type { CatalogDb } from './CatalogDb.js';

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

/**
 * Length of a typed code: 6 characters (~30 bits) for the participants' code that a room types
 * on phones; 10 (~50 bits) for moderators and observers, whose codes open more and are rarely
 * typed (their link is sent). Lookups are rate limited per address besides (docs/operations.md).
 */
export function codeLength(role: Role): number {
  return role === 'participant' ? 6 : 10;
}

/** Why an invitation cannot be used. */
export type InvitationProblem = 'invitation_unknown' | 'invitation_expired' | 'invitation_revoked';

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export class Invitations {
  constructor(
    private readonly db: CatalogDb,
    private readonly secret: Uint8Array,
  ) {}

  async create(input: {
    tableId: string;
    role: Role;
    label: string;
    expiresAt: number;
    now: number;
  }): Promise<Invitation> {
    for (;;) {
      const code = randomCode(codeLength(input.role));
      if (await this.db.get('SELECT id FROM invitations WHERE code = ?', [code])) continue;
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
      await this.db.run(
        `INSERT INTO invitations (id, table_id, role, code, label, expires_at, revoked_at,
           created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          invitation.id,
          invitation.tableId,
          invitation.role,
          invitation.code,
          invitation.label,
          invitation.expiresAt,
          null,
          invitation.createdAt,
        ],
      );
      return invitation;
    }
  }

  /** The link token of an invitation: its id and a signature, so ids cannot be guessed. */
  linkToken(invitation: Invitation): string {
    return `${invitation.id}.${this.sign(invitation.id)}`;
  }

  async find(id: string): Promise<Invitation | undefined> {
    const row = await this.db.get<InvitationRow>('SELECT * FROM invitations WHERE id = ?', [id]);
    return row && toRecord(row);
  }

  async list(tableId: string): Promise<Invitation[]> {
    const rows = await this.db.all<InvitationRow>(
      'SELECT * FROM invitations WHERE table_id = ? ORDER BY created_at, id',
      [tableId],
    );
    return rows.map(toRecord);
  }

  async revoke(id: string, now: number): Promise<boolean> {
    const changed = await this.db.run(
      'UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      [now, id],
    );
    return changed > 0;
  }

  /** Resolves a link token or a typed code to a usable invitation, or says why not. */
  async resolve(
    by: { link?: string; code?: string },
    now: number,
  ): Promise<Invitation | InvitationProblem> {
    let row: InvitationRow | undefined;
    if (by.link) {
      const [id, signature] = by.link.split('.');
      if (id && signature && safeEqual(signature, this.sign(id))) {
        row = await this.db.get<InvitationRow>('SELECT * FROM invitations WHERE id = ?', [id]);
      }
    } else if (by.code) {
      row = await this.db.get<InvitationRow>('SELECT * FROM invitations WHERE code = ?', [
        normaliseCode(by.code),
      ]);
    }
    if (!row) return 'invitation_unknown';
    const invitation = toRecord(row);
    if (invitation.revokedAt !== null) return 'invitation_revoked';
    if (invitation.expiresAt <= now) return 'invitation_expired';
    return invitation;
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

function randomCode(length: number): string {
  let code = '';
  // randomInt, not a byte modulo 31: every character equally likely, so no code is easier to guess.
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function toRecord(row: InvitationRow): Invitation {
  return {
    id: row.id,
    tableId: row.table_id,
    role: row.role as Role,
    code: row.code,
    label: row.label,
    expiresAt: Number(row.expires_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    createdAt: Number(row.created_at),
  };
}
