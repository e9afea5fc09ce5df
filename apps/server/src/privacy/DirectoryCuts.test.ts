import { describe, expect, it } from 'vitest';
import { DirectoryCuts, sameCut } from './DirectoryCuts.js';
import { directoryFor, type TablePerson, type TableSettings } from './visibility.js';

const PEOPLE: TablePerson[] = [
  // Letters of more than one byte before and after others' entries: cuts are spliced as bytes.
  {
    id: 'åsa',
    role: 'participant',
    name: 'Åsa Lindström',
    organisation: 'Högskolan Väst',
    consent: true,
  },
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
  { role: 'participant', participantId: 'åsa' },
  { role: 'participant', participantId: 'someone-not-listed-yet' },
  { role: 'observer', participantId: 'wall' },
] as const;

describe('the directory cut of each connection, from entries shared per role', () => {
  it.each(SETTINGS)('is the JSON of directoryFor, byte for byte (%o)', (settings) => {
    const cuts = new DirectoryCuts(PEOPLE, settings);
    // Each viewer twice: the second answer comes from what the first one encoded.
    for (const viewer of [...VIEWERS, ...VIEWERS]) {
      const text = new TextDecoder().decode(cuts.cut(viewer).json);
      expect(text).toBe(JSON.stringify(directoryFor(viewer, settings, PEOPLE)));
    }
  });

  it('names nobody to a participant at an anonymous table but herself', () => {
    const cuts = new DirectoryCuts(PEOPLE, SETTINGS[2]!);
    const cut = cuts.cut({ role: 'participant', participantId: 'ada' });
    const ada = JSON.parse(new TextDecoder().decode(cut.json)) as Record<string, { name?: string }>;
    expect(Object.entries(ada).map(([id, e]) => [id, e.name ?? null])).toEqual([
      ['åsa', null],
      ['ada', 'Ada'],
      ['bea', null],
      ['mod', null],
      ['wall', null],
    ]);
  });

  it('tells a cut that changed from one that did not, across rebuilt cuts', () => {
    const viewer = { role: 'participant', participantId: 'ada' } as const;
    const first = new DirectoryCuts(PEOPLE, SETTINGS[0]!).cut(viewer).key;
    expect(sameCut(first, new DirectoryCuts([...PEOPLE], SETTINGS[0]!).cut(viewer).key)).toBe(true);
    expect(sameCut(first, new DirectoryCuts(PEOPLE, SETTINGS[1]!).cut(viewer).key)).toBe(false);
    const consented = PEOPLE.map((p) => (p.id === 'ada' ? { ...p, consent: false } : p));
    expect(sameCut(first, new DirectoryCuts(consented, SETTINGS[0]!).cut(viewer).key)).toBe(false);
  });
});
