import type { Presence } from './presence.js';

/**
 * How many participants are connected: distinct people (two devices of one person count once)
 * whose presence the server stamped with the participant role. Moderators, the secretariat and
 * observers are not participants, so a moderator alone at the table reads zero.
 */
export function participantsOnline(people: readonly Presence[]): number {
  return new Set(people.filter((p) => p.role === 'participant').map((p) => p.id)).size;
}
