import type { Role } from '@tavolo/board';
import { useT } from '../i18n/useT.js';

/**
 * How to call a person present at the table: their name where this device's directory has it,
 * else their role ("a participant"): at an anonymous table nobody learns who is online.
 */
export function usePersonName(): (person: { name: string; role: string }) => string {
  const t = useT();
  return (person) => {
    if (person.name !== '') return person.name;
    const role: Role =
      person.role === 'moderator' || person.role === 'secretariat' ? person.role : 'participant';
    return t(`presence.unnamed.${role}` as const);
  };
}
