import { describe, expect, it } from 'vitest';
import { readPresence } from './presence.js';

const states = new Map<number, Record<string, unknown>>([
  [1, { user: { id: 'laura', role: 'participant', colour: '#1f4e5f' }, editing: null }],
  // A client may claim a name: only the directory names anyone.
  [2, { user: { id: 'paolo', role: 'participant', name: 'Paolo Ferri' }, section: 'needs' }],
  [3, { user: { id: 'mod', role: 'moderator' } }],
  [4, { user: { name: 'Senza id' } }],
]);

describe('readPresence', () => {
  it('names people from the directory only, oneself first, the unnamed last', () => {
    const directory = {
      laura: { name: 'Laura Bassi', organisation: 'Reggiane' },
      mod: { name: 'Federico Marchi' },
    };
    const people = readPresence(states, 3, directory);
    expect(people.map((p) => [p.id, p.name, p.organisation, p.isSelf])).toEqual([
      ['mod', 'Federico Marchi', '', true],
      ['laura', 'Laura Bassi', 'Reggiane', false],
      ['paolo', '', '', false],
    ]);
    expect(people[2]).toMatchObject({ role: 'participant', section: 'needs' });
  });
});
