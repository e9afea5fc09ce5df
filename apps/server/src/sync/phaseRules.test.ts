import {
  addCard,
  castVote,
  CONTROL,
  deleteCard,
  initTable,
  readCountedVotes,
  ROOT,
  setLocked,
  setPhase,
  setVoteBudget,
  snapshot,
  updateCard,
  type Actor,
  type Phase,
} from '@tavolo/board';
import { tablePaper, toMarkdown } from '@tavolo/paper';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics/Metrics.js';
import { memberOf, roomLimits } from '../testing/members.js';
import { MemoryDocStore } from '../testing/MemoryDocStore.js';
import { MemorySocket } from '../testing/MemorySocket.js';
import { MESSAGE } from './protocol.js';
import { PhaseMemory } from './PhaseGuard.js';
import { Room } from './Room.js';
import { RECEIPT_MARGIN_MS } from './RoomMembers.js';
import { CLOSE } from './Socket.js';

// Phases, the lock and closing hold on the server: a participant's write they forbid is
// undone by the server in the same commit and the writer is told why; an offline backlog
// within the grace period is honoured; a connected client cannot write past a change it saw.

const MOD: Actor = { id: 'mod', role: 'moderator' };
const LAURA: Actor = { id: 'laura', role: 'participant' };
const GRACE = 10 * 60_000;
const tick = () => new Promise((resolve) => setImmediate(resolve));
const settle = async () => {
  for (let i = 0; i < 6; i++) await tick();
};

function frame(type: number, sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** What a test room runs with: `store`, the clock `now`, the grace, and `more`. */
function roomOptions(store: MemoryDocStore, now: () => number, more: object = {}) {
  return {
    store,
    log: silentLogger,
    metrics: new Metrics(),
    compactEvery: 1000,
    awarenessBatchMs: 0,
    maxBufferedBytes: 1 << 20,
    limits: roomLimits(),
    now,
    phaseGraceMs: GRACE,
    ...more,
  };
}

/** A table in `phase`, a room on it with a clock the test moves, a moderator connected. */
async function table(phase: Phase) {
  const store = new MemoryDocStore();
  const seed = new Y.Doc();
  initTable(seed, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase });
  await store.append('t', [Y.encodeStateAsUpdate(seed)]);
  let now = 1_000_000;
  const later = (ms: number) => (now += ms);
  const room = new Room(
    't',
    roomOptions(store, () => now),
  );
  const mod = device(room, MOD, later);
  await room.loaded;
  return { room, mod, later };
}

/**
 * A connected device: its replica, its socket, and how to send what it did. Syncing lets
 * the receipt margin pass: what the server sent has then surely arrived.
 */
function device(room: Room, actor: Actor, later: (ms: number) => number) {
  const socket = new MemorySocket();
  room.join(socket, memberOf(actor));
  const doc = new Y.Doc();
  let read = 0;
  const sync = () => {
    // Ask the room for everything, as a client does on connecting: it then holds its state.
    room.receive(
      socket,
      frame(MESSAGE.sync, syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(doc)),
    );
    for (const message of socket.sent.slice(read)) readInto(doc, message);
    read = socket.sent.length;
    later(RECEIPT_MARGIN_MS + 1);
  };
  const act = async (edit: (doc: Y.Doc) => void) => {
    // Exactly what the edit's transaction changed, as a client's update event carries it.
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc.on('update', collect);
    doc.transact(() => edit(doc));
    doc.off('update', collect);
    for (const update of updates) {
      room.receive(socket, frame(MESSAGE.sync, syncProtocol.messageYjsUpdate, update));
    }
    await settle();
  };
  const rejected = () =>
    socket.sent.flatMap((m) => {
      const d = decoding.createDecoder(m);
      if (decoding.readVarUint(d) !== MESSAGE.status) return [];
      const status = JSON.parse(decoding.readVarString(d)) as {
        rejected?: Array<{ reason: string }>;
      };
      return status.rejected?.map((r) => r.reason) ?? [];
    });
  return { socket, doc, sync, act, rejected };
}

/**
 * Changes a replica as a modified client would see the board (the lock off, voting open…)
 * without ever sending that change: written under another client id, applied locally only.
 */
function pretend(doc: Y.Doc, edit: (doc: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(other);
  edit(other);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before));
}

function readInto(doc: Y.Doc, message: Uint8Array): void {
  const d = decoding.createDecoder(message);
  if (decoding.readVarUint(d) !== MESSAGE.sync) return;
  const sub = decoding.readVarUint(d);
  if (sub === syncProtocol.messageYjsSyncStep2 || sub === syncProtocol.messageYjsUpdate) {
    Y.applyUpdate(doc, decoding.readVarUint8Array(d));
  }
}

/**
 * Voting opened on card c1; Laura's phone, offline, cast vote v1; then the moderator closed
 * voting (synthesis). Returns the room and Laura's offline replica, not yet delivered.
 */
async function voteCastOfflineThenClosed() {
  const { room, mod, later } = await table('sharing');
  mod.sync();
  await mod.act((d) => {
    addCard(d, MOD, { section: 'needs', text: 'Saldatori' }, { id: 'c1' });
    setPhase(d, MOD, 'voting');
  });
  const offline = new Y.Doc();
  Y.applyUpdate(offline, Y.encodeStateAsUpdate(room.doc));
  castVote(offline, LAURA, 'c1', { id: 'v1' });
  await mod.act((d) => setPhase(d, MOD, 'synthesis'));
  return { room, mod, later, offline };
}

/** The table's position paper as Markdown, from the server's document. */
function paper(doc: Y.Doc): string {
  const event = { title: 'Giornata', date: '2026-03-02', place: '', organiser: '', promoters: [] };
  const table = { title: '', cluster: '', area: '', board: snapshot(doc), people: {} };
  return toMarkdown(tablePaper({ event, table }));
}

describe('phase rules on the server', () => {
  it('undoes a card written while locked, and tells the writer why', async () => {
    const { room, mod, later } = await table('sharing');
    mod.sync();
    await mod.act((d) => setLocked(d, MOD, true));
    const laura = device(room, LAURA, later);
    laura.sync();
    await laura.act((d) => {
      const map = new Y.Map<unknown>();
      d.getMap(ROOT.cards).set('c1', map);
      for (const [k, v] of Object.entries({ id: 'c1', section: 'needs', kind: 'skillNeed' }))
        map.set(k, v);
      map.set('authorId', 'laura');
      map.set('text', 'Scritta a bacheca chiusa');
    });
    expect(laura.socket.closed).toBeNull();
    expect(room.doc.getMap(ROOT.cards).has('c1')).toBe(false);
    expect(laura.rejected()).toEqual(['board_locked']);
    expect(paper(room.doc)).not.toContain('Scritta a bacheca chiusa');
    expect(snapshot(room.doc).totals.cards).toBe(0);
  });

  it('honours an offline backlog within the grace period, and not after it', async () => {
    const { room, mod, later } = await table('sharing');
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(room.doc));
    // Written while the board was open, on a phone that then lost the network.
    addCard(offline, LAURA, { section: 'needs', text: 'Scritta senza rete' }, { id: 'early' });
    mod.sync();
    await mod.act((d) => setPhase(d, MOD, 'voting'));
    later(GRACE - 1000);
    const laura = device(room, LAURA, later);
    room.receive(
      laura.socket,
      frame(0, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(offline)),
    );
    await settle();
    expect(room.doc.getMap(ROOT.cards).has('early')).toBe(true);

    addCard(offline, LAURA, { section: 'needs', text: 'Troppo tardi' }, { id: 'late' });
    later(2000);
    const again = device(room, LAURA, later);
    room.receive(
      again.socket,
      frame(0, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(offline)),
    );
    await settle();
    expect(room.doc.getMap(ROOT.cards).has('late')).toBe(false);
    expect(again.rejected()).toEqual(['phase_closed']);
  });

  it('does not count a vote cast before voting opened', async () => {
    const { room, mod, later } = await table('sharing');
    mod.sync();
    await mod.act((d) => addCard(d, MOD, { section: 'needs', text: 'Saldatori' }, { id: 'c1' }));
    const laura = device(room, LAURA, later);
    laura.sync();
    pretend(laura.doc, (d) => d.getMap(ROOT.control).set(CONTROL.phase, 'voting'));
    await laura.act((d) => castVote(d, LAURA, 'c1'));
    expect(laura.socket.closed).toBeNull();
    expect(readCountedVotes(room.doc)).toEqual([]);
    expect(laura.rejected()).toContain('voting_closed');
    // Voting opens and closes without her: the paper counts no vote for the card.
    await mod.act((d) => setPhase(d, MOD, 'voting'));
    await mod.act((d) => setPhase(d, MOD, 'synthesis'));
    expect(snapshot(room.doc).totals.votes).toBe(0);
    expect(paper(room.doc)).toContain('Saldatori');
    expect(paper(room.doc)).toContain('1 contributo, 0 voti');
  });

  it('keeps votes within the budget on the server too', async () => {
    const { room, mod, later } = await table('sharing');
    mod.sync();
    await mod.act((d) => {
      addCard(d, MOD, { section: 'needs', text: 'Saldatori' }, { id: 'c1' });
      addCard(d, MOD, { section: 'needs', text: 'Manutentori' }, { id: 'c2' });
      setVoteBudget(d, MOD, 1);
      setPhase(d, MOD, 'voting');
    });
    const laura = device(room, LAURA, later);
    laura.sync();
    pretend(laura.doc, (d) => d.getMap(ROOT.control).set(CONTROL.voteBudget, 5));
    await laura.act((d) => {
      castVote(d, LAURA, 'c1', { now: 1 });
      castVote(d, LAURA, 'c2', { now: 2 });
    });
    expect(room.doc.getMap(ROOT.votes).size).toBe(1);
    expect(laura.rejected()).toEqual(['over_budget']);
  });

  it('restores her own card’s text edited, or the card deleted, once the table is closed', async () => {
    const { room, mod, later } = await table('sharing');
    const laura = device(room, LAURA, later);
    laura.sync();
    await laura.act((d) =>
      addCard(d, LAURA, { section: 'needs', text: 'Originale' }, { id: 'c1' }),
    );
    mod.sync();
    await mod.act((d) => setPhase(d, MOD, 'closed'));
    laura.sync();
    pretend(laura.doc, (d) => d.getMap(ROOT.control).set(CONTROL.phase, 'sharing'));
    await laura.act((d) => updateCard(d, LAURA, 'c1', { text: 'Cambiata dopo la chiusura' }));
    expect(room.doc.getMap<Y.Map<unknown>>(ROOT.cards).get('c1')?.get('text')).toBe('Originale');
    laura.sync();
    pretend(laura.doc, (d) => d.getMap(ROOT.control).set(CONTROL.phase, 'sharing'));
    await laura.act((d) => deleteCard(d, LAURA, 'c1'));
    expect(room.doc.getMap<Y.Map<unknown>>(ROOT.cards).get('c1')?.get('text')).toBe('Originale');
    expect(laura.rejected()).toEqual(['phase_closed', 'phase_closed']);
  });

  it('counts a vote cast offline while voting was open, arriving after it closed', async () => {
    const { room, later, offline } = await voteCastOfflineThenClosed();
    later(60_000);
    const laura = device(room, LAURA, later);
    room.receive(
      laura.socket,
      frame(0, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(offline)),
    );
    await settle();
    expect(readCountedVotes(room.doc).map((v) => v.id)).toEqual(['v1']);
  });

  it('counts a late vote that arrives while the moderator’s reopening of voting waits for its commit', async () => {
    const { room, mod, later, offline } = await voteCastOfflineThenClosed();
    mod.sync();
    later(60_000);
    // The moderator reopens voting and, before that is committed, Laura's phone delivers.
    const reopen: Uint8Array[] = [];
    mod.doc.on('update', (u: Uint8Array) => reopen.push(u));
    setPhase(mod.doc, MOD, 'voting');
    const laura = device(room, LAURA, later);
    room.receive(mod.socket, frame(MESSAGE.sync, syncProtocol.messageYjsUpdate, reopen[0]!));
    room.receive(
      laura.socket,
      frame(0, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(offline)),
    );
    await settle();
    expect(laura.socket.closed).toBeNull();
    expect(mod.socket.closed).toBeNull();
    expect(snapshot(room.doc).phase).toBe('voting');
    expect(readCountedVotes(room.doc).map((v) => v.id)).toEqual(['v1']);
  });

  it('closes a connection that keeps writing against the rules', async () => {
    const { room, mod, later } = await table('sharing');
    mod.sync();
    await mod.act((d) => setLocked(d, MOD, true));
    const laura = device(room, LAURA, later);
    laura.sync();
    for (let i = 0; i < 60 && !laura.socket.closed; i++) {
      await laura.act((d) => {
        const map = new Y.Map<unknown>();
        d.getMap(ROOT.cards).set(`c${i}`, map);
        map.set('authorId', 'laura');
        map.set('text', 'x');
      });
    }
    expect(laura.socket.closed).toEqual({ code: CLOSE.forbidden, reason: 'phase_closed' });
  });

  it('reads nothing more from such a connection, not even frames it had sent already', async () => {
    const { room, mod, later } = await table('sharing');
    mod.sync();
    await mod.act((d) => setLocked(d, MOD, true));
    const laura = device(room, LAURA, later);
    laura.sync();
    // Five frames of thirty cards each, sent at once: every card is against the lock.
    const frames: Uint8Array[] = [];
    const ends: number[] = [];
    laura.doc.on('update', (u: Uint8Array) => {
      frames.push(frame(MESSAGE.sync, syncProtocol.messageYjsUpdate, u));
      ends.push(Y.getState(laura.doc.store, laura.doc.clientID));
    });
    for (let f = 0; f < 5; f++) {
      laura.doc.transact(() => {
        for (let i = 0; i < 30; i++) {
          const map = new Y.Map<unknown>();
          laura.doc.getMap(ROOT.cards).set(`c${f}-${i}`, map);
          map.set('authorId', 'laura');
          map.set('text', 'x');
        }
      });
    }
    for (const f of frames) room.receive(laura.socket, f);
    await settle();
    expect(laura.socket.closed).toEqual({ code: CLOSE.forbidden, reason: 'phase_closed' });
    // The second frame took it past the limit: those two are stored, undone; the rest never read.
    expect(Y.getState(room.doc.store, laura.doc.clientID)).toBe(ends[1]);
    expect(room.doc.getMap(ROOT.cards).size).toBe(0);
  });

  it('honours an offline backlog within its grace after the room was unloaded and loaded again', async () => {
    // Everyone left while the phase changed: the room closed; its next instance must still
    // know when cards stopped being allowed, or it undoes what a phone wrote while allowed.
    const store = new MemoryDocStore();
    const seed = new Y.Doc();
    initTable(seed, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
    await store.append('t', [Y.encodeStateAsUpdate(seed)]);
    let now = 1_000_000;
    const options = roomOptions(store, () => now, { phaseMemory: new PhaseMemory(GRACE) });
    const first = new Room('t', options);
    const mod = device(first, MOD, (ms) => (now += ms));
    const laura = device(first, LAURA, (ms) => (now += ms));
    await first.loaded;
    mod.sync();
    laura.sync();
    // Laura's phone goes offline and she writes a card while sharing is still on.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(laura.doc));
    addCard(offline, LAURA, { section: 'needs', text: 'Scritta offline' }, { id: 'offline' });
    first.leave(laura.socket);
    now += 1_000;
    await mod.act((d) => setPhase(d, MOD, 'voting', { now }));
    first.leave(mod.socket);
    await first.close();

    now += 60_000; // within the grace
    const second = new Room('t', options);
    const back = device(second, LAURA, (ms) => (now += ms));
    await second.loaded;
    second.receive(
      back.socket,
      frame(MESSAGE.sync, syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(offline)),
    );
    await settle();
    expect(back.rejected()).toEqual([]);
    expect(snapshot(second.doc).sections[0]!.cards.map((c) => c.id)).toContain('offline');
  });
});
