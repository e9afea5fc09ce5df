/** What a person may do at a table. */
export type Role = 'secretariat' | 'moderator' | 'participant' | 'observer';

/** Every role, most powerful first. */
export const ROLES: readonly Role[] = ['secretariat', 'moderator', 'participant', 'observer'];

/** Who performs an operation: their participant id, display name, organisation and role. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly role: Role;
}

/** True for the roles that run a table: moderators and the secretariat. */
export function runsTable(role: Role): boolean {
  return role === 'moderator' || role === 'secretariat';
}
