import {
  directoryFor,
  type ConnectedViewer,
  type TablePerson,
  type TableSettings,
} from './visibility.js';

/**
 * The JSON of `directoryFor(viewer, settings, people)` for each connection of a room, without
 * deciding every entry again for every connection: what a viewer sees of someone else depends
 * only on the viewer's role, so those entries are encoded once per role and only one's own
 * entry per connection (a join storm of n people otherwise costs n² entries). Holds for one
 * list of people and one set of settings: make a new one when either changes.
 */
export class DirectoryCuts {
  /** Per role: each person's `"id":entry` as seen by someone else of that role. */
  private readonly others = new Map<string, string[]>();

  constructor(
    readonly people: readonly TablePerson[],
    readonly settings: TableSettings,
  ) {}

  json(viewer: ConnectedViewer): string {
    let pairs = this.others.get(viewer.role);
    if (!pairs) {
      // No person has the empty id: every entry is one seen by someone else.
      const seen = directoryFor(
        { role: viewer.role, participantId: '' },
        this.settings,
        this.people,
      );
      pairs = this.people.map((p) => pair(p.id, seen[p.id]));
      this.others.set(viewer.role, pairs);
    }
    const self = this.people.findIndex((p) => p.id === viewer.participantId);
    if (self < 0) return `{${pairs.join(',')}}`;
    const own = directoryFor(viewer, this.settings, [this.people[self]!]);
    const mine = pair(viewer.participantId, own[viewer.participantId]);
    return `{${[...pairs.slice(0, self), mine, ...pairs.slice(self + 1)].join(',')}}`;
  }
}

const pair = (id: string, entry: unknown) => `${JSON.stringify(id)}:${JSON.stringify(entry)}`;
