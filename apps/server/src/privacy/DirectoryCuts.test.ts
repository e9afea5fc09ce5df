import { describe, expect, it } from 'vitest';
import { DirectoryCuts } from './DirectoryCuts.js';
import { directoryFor, type TablePerson, type TableSettings } from './visibility.js';

const PEOPLE: TablePerson[] = [
  { id: 'ada', role: 'participant', name: 'Ada', organisation: 'Alfa', consent: true },
  { id: 'bea', role: 'participant', name: 'Bea', organisation: 'Beta', consent: false },
  { id: 'mod', role: 'moderator', name: 'Mia', organisation: 'Cluster', consent: false },
  { id: 'wall', role: 'observer', name: 'Proiettore', organisation: '', consent: false },
];

const SETTINGS: TableSettings[] = [
  { anonymous: false, showOrganisations: true },
  { anonymous: true, showOrganisations: true },
  { anonymous: true, showOrganisations: false },
];

const VIEWERS = [
  { role: 'secretariat', participantId: 'secretariat' },
  { role: 'moderator', participantId: 'mod' },
  { role: 'participant', participantId: 'ada' },
  { role: 'participant', participantId: 'bea' },
  { role: 'participant', participantId: 'someone-not-listed-yet' },
  { role: 'observer', participantId: 'wall' },
] as const;

describe('the directory cut of each connection, from entries shared per role', () => {
  it.each(SETTINGS)('is the JSON of directoryFor, byte for byte (%o)', (settings) => {
    const cuts = new DirectoryCuts(PEOPLE, settings);
    // Each viewer twice: the second answer comes from what the first one encoded.
    for (const viewer of [...VIEWERS, ...VIEWERS]) {
      expect(cuts.json(viewer)).toBe(JSON.stringify(directoryFor(viewer, settings, PEOPLE)));
    }
  });

  it('names nobody to a participant at an anonymous table but herself', () => {
    const cuts = new DirectoryCuts(PEOPLE, SETTINGS[2]!);
    const ada = JSON.parse(cuts.json({ role: 'participant', participantId: 'ada' })) as Record<
      string,
      { name?: string }
    >;
    expect(Object.entries(ada).map(([id, e]) => [id, e.name ?? null])).toEqual([
      ['ada', 'Ada'],
      ['bea', null],
      ['mod', null],
      ['wall', null],
    ]);
  });
});
