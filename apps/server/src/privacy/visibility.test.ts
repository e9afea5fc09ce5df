import type { Directory } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { directoryFor, type TablePerson, type TableSettings, type Viewer } from './visibility.js';

const PEOPLE: TablePerson[] = [
  { id: 'ada', role: 'participant', name: 'Ada', organisation: 'Alfa', consent: true },
  { id: 'bea', role: 'participant', name: 'Bea', organisation: 'Beta', consent: false },
  { id: 'mod', role: 'moderator', name: 'Mia', organisation: 'Cluster', consent: false },
  { id: 'wall', role: 'observer', name: 'Proiettore', organisation: '', consent: false },
];

const NAMED: TableSettings = { anonymous: false, showOrganisations: true };
const ANONYMOUS: TableSettings = { anonymous: true, showOrganisations: true };
const HIDDEN: TableSettings = { anonymous: true, showOrganisations: false };

const VIEWERS: Record<string, Viewer> = {
  secretariat: { role: 'secretariat', participantId: 'secretariat' },
  moderator: { role: 'moderator', participantId: 'mod' },
  ada: { role: 'participant', participantId: 'ada' },
  bea: { role: 'participant', participantId: 'bea' },
  observer: { role: 'observer', participantId: 'wall' },
  export: 'export',
};

/** Each person as `id:` plus N (name), O (organisation), C (consent) for what the viewer gets. */
function seen(directory: Directory): string {
  return PEOPLE.map(({ id }) => {
    const entry = directory[id]!;
    expect(entry.role).toBe(PEOPLE.find((p) => p.id === id)!.role);
    const flags = [
      entry.name !== undefined ? 'N' : '',
      entry.organisation !== undefined ? 'O' : '',
      entry.consent !== undefined ? 'C' : '',
    ].join('');
    return `${id}:${flags || '-'}`;
  }).join(' ');
}

describe('who sees whom', () => {
  it.each([
    // viewer, settings, what it sees of ada (consented), bea (declined), the moderator, the wall
    ['secretariat', NAMED, 'ada:NOC bea:NOC mod:NOC wall:NOC'],
    ['secretariat', HIDDEN, 'ada:NOC bea:NOC mod:NOC wall:NOC'],
    ['moderator', HIDDEN, 'ada:NOC bea:NOC mod:NOC wall:NOC'],
    ['ada', NAMED, 'ada:NOC bea:NO mod:NO wall:NO'],
    ['ada', ANONYMOUS, 'ada:NOC bea:O mod:O wall:O'],
    ['ada', HIDDEN, 'ada:NOC bea:- mod:- wall:-'],
    ['bea', NAMED, 'ada:NO bea:NOC mod:NO wall:NO'],
    ['bea', HIDDEN, 'ada:- bea:NOC mod:- wall:-'],
    ['observer', NAMED, 'ada:NO bea:O mod:O wall:NOC'],
    ['observer', ANONYMOUS, 'ada:O bea:O mod:O wall:NOC'],
    ['observer', HIDDEN, 'ada:- bea:- mod:- wall:NOC'],
    ['export', NAMED, 'ada:NOC bea:OC mod:OC wall:OC'],
    ['export', ANONYMOUS, 'ada:OC bea:OC mod:OC wall:OC'],
    ['export', HIDDEN, 'ada:C bea:C mod:C wall:C'],
  ] as const)('%s at %o sees %s', (viewer, settings, expected) => {
    expect(seen(directoryFor(VIEWERS[viewer]!, settings, PEOPLE))).toBe(expected);
  });

  it('gives the values the catalogue holds, and nobody it does not record', () => {
    const cut = directoryFor(VIEWERS.observer!, NAMED, PEOPLE);
    expect(cut.ada).toEqual({ role: 'participant', name: 'Ada', organisation: 'Alfa' });
    expect(Object.keys(directoryFor(VIEWERS.export!, NAMED, []))).toEqual([]);
  });

  it('never names a person who declined to an observer or an export, whatever the settings', () => {
    for (const settings of [NAMED, ANONYMOUS, HIDDEN]) {
      for (const viewer of [VIEWERS.observer!, VIEWERS.export!]) {
        expect(JSON.stringify(directoryFor(viewer, settings, PEOPLE))).not.toContain('Bea');
      }
    }
  });
});
