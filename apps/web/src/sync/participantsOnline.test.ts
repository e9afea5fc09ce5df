import { describe, expect, it } from 'vitest';
import { participantsOnline } from './participantsOnline.js';
import type { Presence } from './presence.js';

const person = (clientId: number, id: string, role: string, isSelf = false): Presence => ({
  clientId,
  id,
  name: '',
  organisation: '',
  role,
  colour: '#000',
  editing: null,
  section: null,
  isSelf,
});

describe('participantsOnline', () => {
  it.each<[string, Presence[], number]>([
    ['the moderator alone', [person(1, 'mod', 'moderator', true)], 0],
    [
      'a moderator, an observer and the secretariat',
      [person(1, 'mod', 'moderator'), person(2, 'wall', 'observer'), person(3, 's', 'secretariat')],
      0,
    ],
    [
      'two participants, one on two devices, and the moderator',
      [
        person(1, 'mod', 'moderator', true),
        person(2, 'laura', 'participant'),
        person(3, 'laura', 'participant'),
        person(4, 'paolo', 'participant'),
      ],
      2,
    ],
  ])('%s', (_name, people, count) => {
    expect(participantsOnline(people)).toBe(count);
  });
});
