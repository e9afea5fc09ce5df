import type { Role } from '@tavolo/server';
import type { ServerKind } from './serverKinds.js';

/** Who a simulated person says they are when joining. */
export interface Person {
  readonly name: string;
  readonly organisation: string;
}

/** A person the server's catalogue records at a table, and the token their socket presents. */
export interface Seat extends Person {
  readonly tableId: string;
  readonly role: Exclude<Role, 'secretariat'>;
  readonly participantId: string;
  readonly token: string;
}

/** Accepts run this many at a time: joining is set-up, not measured, and SQLite serialises. */
const PARALLEL_JOINS = 8;

/**
 * Seats people at tables the way real people get in. Our server opens a socket only for a
 * person its catalogue records at that table (a signed token alone is refused with 4401
 * token_revoked), and writes must carry the name and organisation they joined with; so every
 * simulated person accepts a secretariat invitation through the API, once, before anything is
 * measured. The peers check nothing: their people get made-up ids and an unused token.
 */
export class Guests {
  private readonly readers = new Map<string, Promise<string>>();
  private made = 0;

  constructor(
    private readonly server: { readonly kind: ServerKind; readonly port: number },
    private readonly adminKey: string,
  ) {}

  /** Seats `people` at `tableId` with `role`, in order. */
  async join(tableId: string, role: Seat['role'], people: readonly Person[]): Promise<Seat[]> {
    if (this.server.kind !== 'ours') {
      return people.map((p) => ({
        ...p,
        tableId,
        role,
        participantId: `${role[0]}${this.made++}`,
        token: '',
      }));
    }
    const code = await this.invitation(tableId, role);
    const seats: Seat[] = new Array<Seat>(people.length);
    for (let first = 0; first < people.length; first += PARALLEL_JOINS) {
      const batch = people.slice(first, first + PARALLEL_JOINS);
      await Promise.all(
        batch.map(async (person, i) => {
          seats[first + i] = await this.accept(tableId, role, code, person);
        }),
      );
    }
    return seats;
  }

  /** Seats one person. */
  async one(tableId: string, role: Seat['role'], person: Person): Promise<Seat> {
    return (await this.join(tableId, role, [person]))[0]!;
  }

  /** The token of one observer per table, joined on first use, that reads whole documents. */
  reader(tableId: string): Promise<string> {
    let token = this.readers.get(tableId);
    if (!token) {
      token = this.one(tableId, 'observer', { name: 'Lettore', organisation: 'Bench' }).then(
        (seat) => seat.token,
      );
      this.readers.set(tableId, token);
    }
    return token;
  }

  private async invitation(tableId: string, role: Seat['role']): Promise<string> {
    const created = await this.post(`/api/tables/${tableId}/invitations`, {
      role,
      label: `bench ${role}`,
    });
    return (created as { code: string }).code;
  }

  private async accept(tableId: string, role: Seat['role'], code: string, person: Person) {
    const joined = (await this.post('/api/invitations/accept', {
      code,
      ...person,
      consent: true,
    })) as { token: string; participantId: string };
    return { ...person, tableId, role, participantId: joined.participantId, token: joined.token };
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`http://127.0.0.1:${this.server.port}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
}
