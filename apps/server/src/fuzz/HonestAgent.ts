import {
  addCard,
  addComment,
  BoardError,
  castVote,
  CARD,
  COMMENT,
  createGroup,
  deleteCard,
  deleteComment,
  editCardText,
  HORIZONS,
  moveCardToGroup,
  PHASES,
  retractVote,
  ROOT,
  setPhase,
  setSpotlight,
  startTimer,
  updateCard,
  type Actor,
  type prng,
} from '@tavolo/board';
import * as Y from 'yjs';
import type { Person } from './people.js';

type Rnd = ReturnType<typeof prng>;
const SECTIONS = ['needs', 'trends', 'proposals'];
/** Phases a moderator moves between during the run: never closed, so participants keep writing. */
const MODERATED = PHASES.filter((p) => p !== 'closed' && p !== 'preparation');

/**
 * A person's device doing what the web client does, with @tavolo/board's operations on its own
 * replica: the honest traffic the fuzzer records and mutates. Each step is one transaction. Like
 * the web client since schema 3, it writes its participant id only: no name or organisation
 * goes on the board or into presence (the server's directory names people).
 */
export class HonestAgent {
  /** Without garbage collection: collecting maps nested deep (relayed by a broken server) overflows the stack. */
  readonly doc = new Y.Doc({ gc: false });
  readonly actor: Actor;
  private last: Uint8Array | null = null;
  /** Every client id this device wrote with (Yjs picks another when a remote update uses its own). */
  readonly clients = new Set<number>();

  constructor(
    readonly person: Person,
    private readonly rnd: Rnd,
  ) {
    this.actor = { id: person.participantId, role: person.role };
    this.doc.clientID = 1 + Math.floor(rnd.next() * 0xfffffffe);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return;
      this.last = update;
      this.clients.add(this.doc.clientID);
    });
  }

  get client(): number {
    return this.doc.clientID;
  }

  /** Applies what the server sent; false when Yjs could not (the replica is then left as it is). */
  receive(update: Uint8Array): boolean {
    try {
      Y.applyUpdate(this.doc, update, 'server');
      return true;
    } catch {
      return false;
    }
  }

  /** One honest operation of this person's role; its update, or null when none applied. */
  step(now: number): Uint8Array | null {
    if (this.actor.role === 'observer') return null;
    this.last = null;
    this.steps++;
    try {
      if (this.actor.role === 'participant') this.participantStep(now);
      else this.moderatorStep(now);
    } catch (err) {
      if (!(err instanceof BoardError)) throw err;
    }
    return this.last;
  }

  /** Keys of a root map, cached for a few steps: boards grow to thousands of entries. */
  private readonly cached = new Map<string, { keys: string[]; until: number }>();
  private steps = 0;

  private keys(root: string, mine: boolean, authorKey: string = CARD.authorId): string[] {
    const cacheKey = `${root}/${mine}`;
    const hit = this.cached.get(cacheKey);
    if (hit && hit.until > this.steps) return hit.keys;
    const keys: string[] = [];
    this.doc.getMap<Y.Map<unknown>>(root).forEach((entry, key) => {
      if (!mine || (entry instanceof Y.Map && entry.get(authorKey) === this.actor.id))
        keys.push(key);
    });
    this.cached.set(cacheKey, { keys, until: this.steps + 20 });
    return keys;
  }

  private some(root: string, mine = false, authorKey?: string): string {
    const keys = this.keys(root, mine, authorKey);
    return keys.length > 0 ? this.rnd.pick(keys) : 'none';
  }

  private participantStep(now: number): void {
    const { doc, actor, rnd } = this;
    const text = `Idea ${rnd.int(1_000_000)}`;
    switch (rnd.int(9)) {
      case 0:
      case 1:
        addCard(doc, actor, { section: rnd.pick(SECTIONS), text }, { now });
        return;
      case 2:
        editCardText(doc, actor, this.some(ROOT.cards, true), text);
        return;
      case 3:
        castVote(doc, actor, this.some(ROOT.cards), { now });
        return;
      case 4:
        retractVote(doc, actor, this.some(ROOT.cards));
        return;
      case 5:
        addComment(doc, actor, this.some(ROOT.cards), text, { now });
        return;
      case 6:
        deleteComment(doc, actor, this.some(ROOT.comments, true, COMMENT.authorId));
        return;
      case 7:
        // A typed field: only skill needs have a horizon (other kinds refuse, nothing written).
        updateCard(doc, actor, this.some(ROOT.cards, true), { horizon: rnd.pick(HORIZONS) });
        return;
      default:
        if (rnd.chance(0.3)) deleteCard(doc, actor, this.some(ROOT.cards, true));
    }
  }

  private moderatorStep(now: number): void {
    const { doc, actor, rnd } = this;
    switch (rnd.int(7)) {
      case 0:
        setPhase(doc, actor, rnd.pick(MODERATED));
        return;
      case 1:
        startTimer(doc, actor, 60_000 * (1 + rnd.int(10)), now);
        return;
      case 2:
        createGroup(doc, actor, { section: rnd.pick(SECTIONS), heading: `Gruppo ${rnd.int(100)}` });
        return;
      case 3:
        moveCardToGroup(doc, actor, this.some(ROOT.cards), this.some(ROOT.groups));
        return;
      case 4:
        setSpotlight(
          doc,
          actor,
          rnd.chance(0.5) ? null : { kind: 'card', id: this.some(ROOT.cards) },
        );
        return;
      case 5:
        addCard(
          doc,
          actor,
          { section: rnd.pick(SECTIONS), text: `Sintesi ${rnd.int(1000)}` },
          { now },
        );
        return;
      default:
        editCardText(doc, actor, this.some(ROOT.cards), `Riformulata ${rnd.int(1000)}`);
    }
  }

  /** The presence the web client announces for this person: its id and role, no name. */
  presence(): string {
    return JSON.stringify({
      user: { id: this.actor.id, role: this.actor.role, colour: '#2a6f97' },
      editing: this.rnd.chance(0.3) ? this.some(ROOT.cards) : null,
      section: this.rnd.pick(SECTIONS),
    });
  }
}
