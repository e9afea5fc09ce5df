/** One hostile-client attack on our server (H1): who attacks, how many, where. */
export interface HostileScenario {
  readonly id: string;
  /** What the attackers do, for the report. */
  readonly what: string;
  /** Tables under attack (the quiet probe's table is another one). */
  readonly rooms: number;
  /** Per room: connections sending updates that never resolve, as fast as the limits allow. */
  readonly parkers: number;
  /** How the parkers' updates are built: one large string, or two-byte structs. */
  readonly frame: 'string' | 'dense';
  /**
   * Whether the parkers read what the server sends them. At a table with a busy writer they
   * need not (an attacker would not spend the effort, and reading would load the generator):
   * they are then slow readers as well, and see no close frame (the server's counts tell).
   */
  readonly parkersRead: boolean;
  /** Per room: participants rewriting a card of `writerTextBytes` as fast as the limits allow. */
  readonly writers: number;
  readonly writerTextBytes: number;
  /** Per room: connections that sync, then never read again. */
  readonly readers: number;
  /** Per room: participants casting valid votes, a message full at a time (board bloat). */
  readonly voters: number;
  /** Rooms hold a stored log of this many updates and the process starts cold (0: none). */
  readonly coldLog: number;
  /** Attackers connect again when the server closes them. */
  readonly reconnect: boolean;
  /** Readers open another never-read connection this often, keeping the old ones (0: never). */
  readonly renewReadersS: number;
}

/** Phase durations and the safety stop of an H1 run. */
export interface HostileTiming {
  readonly beforeS: number;
  readonly attackS: number;
  readonly afterS: number;
  /**
   * The attack is stopped when the server's resident set passes this: past its bounds a
   * server that keeps growing has shown what it would do, and the machine is shared.
   */
  readonly rssCapBytes: number;
}

const MESSAGE = 1_000_000;

/** Parked updates up to every bound: 8 connections fill a room's 32 MiB, 4 rooms the process's. */
const PARKED: HostileScenario = {
  id: 'H1a',
  what: 'parked updates: 6 tables × 8 participants each send ~1 MB updates that never resolve (one large string), reconnecting when closed',
  rooms: 6,
  parkers: 8,
  frame: 'string',
  parkersRead: true,
  writers: 0,
  writerTextBytes: 0,
  readers: 0,
  voters: 0,
  coldLog: 0,
  reconnect: true,
  renewReadersS: 0,
};

/** Hostile scenarios, in the order they run. */
export const HOSTILE_SCENARIOS: readonly HostileScenario[] = [
  PARKED,
  {
    ...PARKED,
    id: 'H1b',
    what: 'the same with dense updates: ~1 MB of two-byte structs each (half a million structs per message)',
    frame: 'dense',
  },
  {
    id: 'H1c',
    what: 'slow readers: 8 tables × 6 participants that sync and never read again (each opens another such connection every 5 s, keeping the old ones), while a participant per table rewrites a 128 KiB card as fast as the limits allow',
    rooms: 8,
    parkers: 0,
    frame: 'string',
    parkersRead: true,
    writers: 1,
    writerTextBytes: 128 * 1024,
    readers: 6,
    voters: 0,
    coldLog: 0,
    reconnect: true,
    renewReadersS: 5,
  },
  {
    id: 'H1d',
    what: 'board bloat: 4 tables × 1 participant casting valid votes of their own, ~1 MB per message, until the board is full',
    rooms: 4,
    parkers: 0,
    frame: 'string',
    parkersRead: true,
    writers: 0,
    writerTextBytes: 0,
    readers: 0,
    voters: 1,
    coldLog: 0,
    reconnect: false,
    renewReadersS: 0,
  },
  {
    id: 'H1e',
    what: 'all together on cold tables: 6 tables with a stored log of 10,000 updates, the process just started; per table 8 parked-update senders (strings, not reading either), 6 readers that never read (renewed every 5 s) and 1 writer of 128 KiB cards',
    rooms: 6,
    parkers: 8,
    frame: 'string',
    parkersRead: false,
    writers: 1,
    writerTextBytes: 128 * 1024,
    readers: 6,
    voters: 0,
    coldLog: 10_000,
    reconnect: true,
    renewReadersS: 5,
  },
];

/** The message size hostile senders use: just under TAVOLO_MAX_MESSAGE_BYTES (1 MiB). */
export const HOSTILE_MESSAGE_BYTES = MESSAGE;
