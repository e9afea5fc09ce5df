import type { Directory } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { wallAuthor } from './wallAuthor.js';

const NAMED = { anonymous: false, showOrganisations: true };
const ANONYMOUS_WITH_ORGS = { anonymous: true, showOrganisations: true };
const ANONYMOUS = { anonymous: true, showOrganisations: false };

/** What a moderator's device knows: every name, organisation and consent. */
const MODERATOR_VIEW: Directory = {
  rita: { role: 'participant', name: 'Rita Bruni', organisation: 'CNH Industrial', consent: true },
  ugo: { role: 'participant', name: 'Ugo Sala', organisation: 'Bonfiglioli', consent: false },
};
/** What an observer receives at a named table: names of those who consented only. */
const OBSERVER_VIEW: Directory = {
  rita: { role: 'participant', name: 'Rita Bruni', organisation: 'CNH Industrial' },
  ugo: { role: 'participant', organisation: 'Bonfiglioli' },
};

describe('wallAuthor', () => {
  it.each([
    ['named table, consented', NAMED, MODERATOR_VIEW, 'rita', 'Rita Bruni, CNH Industrial'],
    ['named table, declined (moderator device)', NAMED, MODERATOR_VIEW, 'ugo', 'Bonfiglioli'],
    ['named table, declined (observer)', NAMED, OBSERVER_VIEW, 'ugo', 'Bonfiglioli'],
    [
      'anonymous, organisations shown',
      ANONYMOUS_WITH_ORGS,
      MODERATOR_VIEW,
      'rita',
      'CNH Industrial',
    ],
    ['anonymous, organisations hidden', ANONYMOUS, MODERATOR_VIEW, 'rita', null],
    ['someone the directory does not list', NAMED, OBSERVER_VIEW, 'nobody', null],
  ] as const)('%s', (_case, board, directory, author, expected) => {
    expect(wallAuthor(board, directory, author)).toBe(expected);
  });
});
