import { CARD, COMMENT, prng, ROOT, runsTable, type Role } from '@tavolo/board';
import * as Y from 'yjs';
import { MSG, SYNC_STEP, syncStep1, syncStep2, syncUpdate } from './frames.js';
import { HonestAgent } from './HonestAgent.js';
import type { Frame, MutationContext } from './MutationContext.js';
import type { Person } from './people.js';
import { chatter } from './protocolMutants.js';
import { RawClient } from './RawClient.js';
import type { TavoloProcess } from './TavoloProcess.js';
import { mutant } from './updateMutants.js';

/** What every lane of one run shares. */
export interface FuzzShared {
  readonly server: TavoloProcess;
  readonly table: string;
  /** Resolves while the server is up (again after a crash). */
  up(): Promise<void>;
  /** Honest updates recorded from every lane, newest last. */
  readonly pool: Uint8Array[];
  readonly lanes: readonly Lane[];
  readonly participants: readonly Person[];
  /** The client ids of the board before the run. */
  readonly seedClients: readonly number[];
  /** Kinds of mutant not to send. */
  readonly exclude: ReadonlySet<string>;
  done(): boolean;
  /** Frames sent on open sockets, by kind, and how sockets were closed. */
  count(kind: string): void;
  closed(code: number, reason: string): void;
}

const POOL_SIZE = 400;
const HONEST_KINDS = new Set([
  'honest-update',
  'honest-replay',
  'awareness',
  'query-awareness',
  'step1',
  'barrier',
]);
/** Probability that a batch ends with a mutant (most mutants close the socket). */
const MUTANT_RATE = 0.7;

/**
 * One connection's life, over and over: connect with a person's token, resync like y-websocket,
 * then send batches of honest traffic (board operations, presence, sync requests), each ending
 * with a mutant and a sync step 1 whose answer marks the batch as processed; reconnect whenever
 * the server closes the socket.
 */
export class Lane {
  readonly agent: HonestAgent;
  /** The client id this lane's content mutants are written under. */
  readonly own: number;
  private readonly rnd: ReturnType<typeof prng>;
  private ownNext = 0;
  /** Kinds of the mutants sent and not yet answered: suspects when the server dies. */
  inFlight: string[] = [];
  private presenceClock = 0;
  private readonly recent: Uint8Array[] = [];

  constructor(
    readonly person: Person,
    private readonly shared: FuzzShared,
    seed: number,
  ) {
    this.rnd = prng(seed);
    this.agent = new HonestAgent(person, this.rnd);
    this.own = 1 + this.rnd.int(0xfffffffe);
  }

  get role(): Role {
    return this.person.role;
  }

  /** Client ids this lane writes with. */
  get clients(): number[] {
    return [...this.agent.clients, this.agent.client, this.own];
  }

  async run(): Promise<void> {
    while (!this.shared.done()) {
      await this.shared.up();
      if (!this.shared.done()) await this.connection();
    }
  }

  private async connection(): Promise<void> {
    const { shared, agent } = this;
    const socket = new RawClient(shared.server.wsUrl, shared.table, this.person.token, false);
    let answered = 0;
    let expected = 0;
    // The replica follows the room through live updates, as y-websocket's does. Step 2 answers
    // come in the order of the requests and carry the whole delete set: only the resync's and
    // the occasional sync request's are applied, not the barriers'.
    const apply: boolean[] = [];
    socket.onFrame = (f) => {
      if (f.type !== MSG.sync) return;
      if (f.sub === SYNC_STEP.update) agent.receive(f.payload);
      if (f.sub !== SYNC_STEP.step2) return;
      answered++;
      if (apply.shift()) agent.receive(f.payload);
    };
    try {
      const greeting = await socket.greeted(10_000);
      const serverVector = Y.decodeStateVector(greeting.payload);
      this.ownNext = serverVector.get(this.own) ?? 0;
      // As y-websocket does: ask for what we lack, send what the server lacks.
      socket.send(syncStep1([...Y.decodeStateVector(Y.encodeStateVector(agent.doc))]));
      socket.send(syncStep2(Y.encodeStateAsUpdate(agent.doc, greeting.payload)));
      this.inFlight = ['honest resync'];
      expected++;
      apply.push(true);
      while (!shared.done() && socket.isOpen) {
        const frames = this.batch();
        this.inFlight = [
          ...this.inFlight,
          ...frames.filter((f) => !HONEST_KINDS.has(f.kind)).map((f) => f.kind),
        ];
        for (const frame of frames) {
          if (!socket.isOpen) break;
          socket.send(frame.bytes);
          shared.count(frame.kind);
          if (frame.answered) {
            expected++;
            apply.push(frame.kind !== 'barrier');
          }
        }
        await socket.until(() => answered >= expected, 10_000);
        this.inFlight = [];
        this.ownNext += frames.reduce((n, f) => n + (f.ownClocks ?? 0), 0);
        socket.frames.length = 0;
      }
    } catch {
      // Closed or unanswered: the close is counted below; the run's probe judges liveness.
    } finally {
      socket.onFrame = null;
      if (socket.isOpen) socket.ws.close(1000);
      else if (!socket.closedWith) socket.ws.terminate();
      const closed = await Promise.race([
        socket.closed,
        new Promise<null>((r) => setTimeout(() => r(null), 1000)),
      ]);
      if (closed) shared.closed(closed.code, closed.reason);
    }
  }

  private context(): MutationContext {
    const others = this.shared.lanes.filter((l) => l !== this);
    const victims = this.shared.participants.filter((p) => p !== this.person);
    return {
      rnd: this.rnd,
      role: this.role,
      person: this.person,
      victim: this.rnd.pick(victims.length > 0 ? victims : this.shared.participants),
      own: this.own,
      ownNext: this.ownNext,
      serverState: Y.decodeStateVector(Y.encodeStateVector(this.agent.doc)),
      foreign: [...others.map((l) => l.agent.client), ...this.shared.seedClients],
      pool: this.shared.pool,
      entries: () => this.entries(),
      presence: this.agent.client,
      foreignPresence: others.map((l) => l.agent.client),
      honestFrame: this.recent.length > 0 ? this.rnd.pick(this.recent) : syncStep1([]),
      exclude: this.shared.exclude,
    };
  }

  /** The items holding the cards and comments this lane's person may edit, in its replica. */
  private entries(): Array<{ client: number; clock: number }> {
    const ids: Array<{ client: number; clock: number }> = [];
    const any = runsTable(this.role);
    for (const [root, authorKey] of [
      [ROOT.cards, CARD.authorId],
      [ROOT.comments, COMMENT.authorId],
    ] as const) {
      this.agent.doc.getMap<unknown>(root).forEach((entry) => {
        if (!(entry instanceof Y.Map) || !entry._item) return;
        if (any || entry.get(authorKey) === this.person.participantId) {
          ids.push({ client: entry._item.id.client, clock: entry._item.id.clock });
        }
      });
    }
    return ids;
  }

  /** 20 to 60 frames of honest traffic, most often ending with a mutant, then a sync step 1. */
  private batch(): Frame[] {
    const ctx = this.context();
    const frames: Frame[] = [];
    for (let n = 20 + this.rnd.int(41); n > 0; n--) {
      const roll = this.rnd.next();
      const update = roll < 0.25 ? this.agent.step(Date.now()) : null;
      if (update) {
        const bytes = syncUpdate(update);
        this.remember(bytes, update);
        frames.push({ bytes, kind: 'honest-update' });
      } else if (roll < 0.27 && this.recent.length > 0) {
        frames.push({ bytes: this.rnd.pick(this.recent), kind: 'honest-replay' });
      } else {
        frames.push(chatter(ctx, this.agent.presence(), ++this.presenceClock));
      }
    }
    if (this.rnd.chance(MUTANT_RATE)) frames.push(...mutant(ctx));
    frames.push({ bytes: syncStep1([...ctx.serverState]), kind: 'barrier', answered: true });
    return frames;
  }

  private remember(frame: Uint8Array, update: Uint8Array): void {
    this.recent.push(frame);
    if (this.recent.length > 20) this.recent.shift();
    this.shared.pool.push(update);
    if (this.shared.pool.length > POOL_SIZE) this.shared.pool.shift();
  }

  /** Brings the honest replica up to date with the server, for the final checks. */
  async finalSync(): Promise<void> {
    const socket = new RawClient(this.shared.server.wsUrl, this.shared.table, this.person.token);
    try {
      const greeting = await socket.greeted(10_000);
      // What the server lacks (edits sent while it was down), then what this replica lacks.
      socket.send(syncStep2(Y.encodeStateAsUpdate(this.agent.doc, greeting.payload)));
      const vector = [...Y.decodeStateVector(Y.encodeStateVector(this.agent.doc))];
      this.agent.receive((await socket.roundTrip(vector, 30_000)).update);
    } finally {
      await socket.close();
    }
  }
}
