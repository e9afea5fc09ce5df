/** What a person may do at a table. */
export type Role = 'secretariat' | 'moderator' | 'participant' | 'observer';

/** Every role, most powerful first. */
export const ROLES: readonly Role[] = ['secretariat', 'moderator', 'participant', 'observer'];

/**
 * Who performs an operation: their pseudonymous participant id and their role. Names and
 * organisations are not the board's: they live in the server's catalogue and reach each
 * reader through a directory cut for them (see directory.ts).
 */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** True for the roles that run a table: moderators and the secretariat. */
export function runsTable(role: Role): boolean {
  return role === 'moderator' || role === 'secretariat';
}
