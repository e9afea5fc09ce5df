import { describe, expect, it } from 'vitest';
import { invitationPath } from './invitationPath.js';

describe('invitationPath', () => {
  it.each([
    ['a whole link', 'https://tavolo.art-er.it/i/eyJ0Ijo.c2lnbmF0', '/i/eyJ0Ijo.c2lnbmF0'],
    ['a link with spaces around it', '  http://localhost:5173/i/a_b-c.d-e_f/ ', '/i/a_b-c.d-e_f'],
    ['a link’s token alone', 'eyJ0Ijo.c2lnbmF0', '/i/eyJ0Ijo.c2lnbmF0'],
    ['an observer’s code', 'k7qm2-xr8tp', '/entra?codice=K7QM2XR8TP'],
    ['a participant’s code', 'K7 P4QX', '/entra?codice=K7P4QX'],
    ['the short join page', 'https://tavolo.test/entra?codice=K7P4QX', '/entra?codice=K7P4QX'],
    ['nothing', '   ', null],
    ['a table’s address', 'https://tavolo.test/t/robotica', null],
    ['a code of the wrong length', 'ABC12', null],
    ['a script', 'javascript:alert(1)', null],
  ])('%s', (_case, pasted, expected) => {
    expect(invitationPath(pasted)).toBe(expected);
  });
});
