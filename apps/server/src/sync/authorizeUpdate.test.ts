import {
  addCard,
  addComment,
  castVote,
  CARD,
  CONTROL,
  createGroup,
  deleteCard,
  initTable,
  META,
  registerParticipant,
  ROOT,
  setPhase,
  updateCard,
  voteKey,
  type Actor,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorizeUpdate, type Writer } from './authorizeUpdate.js';
import { UpdateIndex } from './UpdateIndex.js';

const MOD: Actor = {
  id: 'mod',
  name: 'Federico',
  organisation: 'Clust-ER MECH',
  role: 'moderator',
};
const LAURA: Actor = { id: 'laura', name: 'Laura', organisation: 'Reggiane', role: 'participant' };
const PAOLO: Actor = {
  id: 'paolo',
  name: 'Paolo',
  organisation: 'Automazioni',
  role: 'participant',
};

/** The room's document: a board in the sharing phase, a card each for Laura and Paolo, a vote of Paolo's. */
function roomDoc() {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  addCard(doc, LAURA, { section: 'needs', text: 'di Laura' }, { id: 'cl' });
  addCard(doc, PAOLO, { section: 'needs', text: 'di Paolo' }, { id: 'cp' });
  setPhase(doc, MOD, 'voting');
  castVote(doc, PAOLO, 'cl', { id: 'v1' });
  setPhase(doc, MOD, 'sharing');
  return doc;
}

/** What a (possibly modified) client sends after editing its replica of the room. */
function craft(room: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

function verdict(writer: Writer, edit: (doc: Y.Doc) => void) {
  const room = roomDoc();
  const decoded = Y.decodeUpdate(craft(room, edit));
  const index = new UpdateIndex(room);
  index.add(decoded);
  return authorizeUpdate(decoded, index, room, writer);
}

const laura: Writer = { role: 'participant', participantId: 'laura' };
const observer: Writer = { role: 'observer', participantId: 'wall' };
const moderator: Writer = { role: 'moderator', participantId: 'mod' };
const cards = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(ROOT.cards);

describe('authorizeUpdate', () => {
  it.each<[string, Writer, (d: Y.Doc) => void, string | null]>([
    ['a participant casting her own vote', laura, (d) => rawVote(d, 'laura'), null],
    [
      'a participant editing her own card',
      laura,
      (d) => cards(d).get('cl')!.set(CARD.text, 'nuovo'),
      null,
    ],
    [
      'a participant adding a card',
      laura,
      (d) => addCard(d, LAURA, { section: 'needs', text: 'nuova' }, { id: 'new' }),
      null,
    ],
    ['a participant commenting', laura, (d) => addComment(d, LAURA, 'cl', 'Anche da noi'), null],
    [
      'a participant recording her consent',
      laura,
      (d) => registerParticipant(d, LAURA, true),
      null,
    ],
    [
      'a moderator writing control',
      moderator,
      (d) => d.getMap(ROOT.control).set(CONTROL.locked, true),
      null,
    ],
    [
      'a moderator editing any card',
      moderator,
      (d) => cards(d).get('cp')!.set(CARD.text, 'x'),
      null,
    ],
    ['an observer sending nothing new', observer, () => {}, null],
    [
      'a participant editing another card',
      laura,
      (d) => cards(d).get('cp')!.set(CARD.text, 'mio'),
      'foreign_entry',
    ],
    ['a participant deleting another card', laura, (d) => cards(d).delete('cp'), 'foreign_entry'],
    [
      'a participant replacing another card',
      laura,
      (d) => cards(d).set('cp', rawCard('laura')),
      'foreign_entry',
    ],
    [
      'a card in another name',
      laura,
      (d) => cards(d).set('new', rawCard('paolo')),
      'impersonation',
    ],
    ['a card with no author', laura, (d) => cards(d).set('new', rawCard(null)), 'missing_author'],
    [
      'handing her card to another',
      laura,
      (d) => cards(d).get('cl')!.set(CARD.authorId, 'paolo'),
      'impersonation',
    ],
    [
      'a comment in another name',
      laura,
      (d) => addComment(d, PAOLO, 'cl', 'Anche da noi'),
      'impersonation',
    ],
    ['a vote as someone else', laura, (d) => rawVote(d, 'paolo'), 'foreign_vote'],
    [
      'removing someone else’s vote',
      laura,
      (d) => d.getMap(ROOT.votes).delete(voteKey('paolo', 'v1')),
      'foreign_vote',
    ],
    [
      'another person’s profile',
      laura,
      (d) => registerParticipant(d, PAOLO, true),
      'foreign_profile',
    ],
    [
      'changing the phase',
      laura,
      (d) => d.getMap(ROOT.control).set(CONTROL.phase, 'closed'),
      'moderator_only',
    ],
    [
      'locking the board',
      laura,
      (d) => d.getMap(ROOT.control).set(CONTROL.locked, false),
      'moderator_only',
    ],
    [
      'renaming the table',
      laura,
      (d) => d.getMap(ROOT.meta).set(META.title, 'mio'),
      'moderator_only',
    ],
    ['creating a group', laura, (d) => groupAsModerator(d), 'moderator_only'],
    ['writing an unknown root', laura, (d) => d.getMap('evil').set('x', 1), 'moderator_only'],
    [
      'an observer adding a card',
      observer,
      (d) => addCard(d, LAURA, { section: 'needs', text: 'nuova' }, { id: 'new' }),
      'observer_write',
    ],
    ['an observer voting', observer, (d) => rawVote(d, 'laura'), 'observer_write'],
  ])('%s -> %s', (_name, writer, edit, reason) => {
    expect(verdict(writer, edit)).toEqual(reason === null ? { ok: true } : { ok: false, reason });
  });

  it('lets an edit of a card deleted meanwhile through (it is harmless)', () => {
    const room = roomDoc();
    const offline = craft(room, (d) => cards(d).get('cl')!.set(CARD.text, 'offline'));
    deleteCard(room, MOD, 'cl');
    const decoded = Y.decodeUpdate(offline);
    const index = new UpdateIndex(room);
    index.add(decoded);
    expect(authorizeUpdate(decoded, index, room, laura)).toEqual({ ok: true });
  });

  it('lets a sync reply repeat a moderator’s edit that reached the room meanwhile', () => {
    const room = roomDoc();
    const laurasState = Y.encodeStateVector(room);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    // The moderator moves the phase on; the room and Laura's phone both get it.
    const before = Y.encodeStateVector(room);
    setPhase(room, MOD, 'voting');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room, before));
    // Laura's reply to a sync request sent before the phase change repeats it.
    const reply = Y.decodeUpdate(Y.encodeStateAsUpdate(client, laurasState));
    expect(reply.structs.length).toBeGreaterThan(0);
    const index = new UpdateIndex(room);
    index.add(reply);
    expect(authorizeUpdate(reply, index, room, laura)).toEqual({ ok: true });
  });

  it('lets a reloaded client replay its whole local copy (known content, known deletions)', () => {
    // A phone reloads: its stored copy reaches the document after the socket opened, so the
    // provider sends it all, phase changes of the moderator (deleted entries) included.
    const room = roomDoc();
    const replay = Y.decodeUpdate(Y.encodeStateAsUpdate(room));
    expect(replay.ds.clients.size).toBeGreaterThan(0);
    const index = new UpdateIndex(room);
    index.add(replay);
    expect(authorizeUpdate(replay, index, room, laura)).toEqual({ ok: true });
  });

  it('still refuses a participant’s replay that deletes a moderator’s live entry', () => {
    const room = roomDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    client.getMap(ROOT.control).delete(CONTROL.phase);
    const replay = Y.decodeUpdate(Y.encodeStateAsUpdate(client));
    const index = new UpdateIndex(room);
    index.add(replay);
    expect(authorizeUpdate(replay, index, room, laura)).toEqual({
      ok: false,
      reason: 'moderator_only',
    });
  });

  it('resolves an update that builds on one still waiting for its commit', () => {
    const room = roomDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    const sv0 = Y.encodeStateVector(client);
    addCard(client, LAURA, { section: 'needs', text: 'nuova' }, { id: 'n1' });
    const first = Y.encodeStateAsUpdate(client, sv0);
    const sv1 = Y.encodeStateVector(client);
    cards(client).get('n1')!.set(CARD.text, 'corretto');
    const second = Y.decodeUpdate(Y.encodeStateAsUpdate(client, sv1));

    const alone = new UpdateIndex(room);
    alone.add(second);
    expect(authorizeUpdate(second, alone, room, laura)).toEqual({
      ok: false,
      reason: 'unresolvable',
    });

    const withPending = new UpdateIndex(room);
    withPending.add(Y.decodeUpdate(first));
    withPending.add(second);
    expect(authorizeUpdate(second, withPending, room, laura)).toEqual({ ok: true });
  });
});

/** A vote written straight into the map, as a modified client could. */
function rawVote(doc: Y.Doc, voter: string) {
  doc.getMap(ROOT.votes).set(voteKey(voter, 'v9'), { target: 'cp', section: 'needs', at: 1 });
}

function groupAsModerator(doc: Y.Doc) {
  setPhase(doc, MOD, 'grouping');
  createGroup(doc, MOD, { section: 'needs', heading: 'G' });
  updateCard(doc, MOD, 'cl', { text: 'x' });
}

function rawCard(authorId: string | null): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set(CARD.section, 'needs');
  map.set(CARD.text, 'x');
  if (authorId) map.set(CARD.authorId, authorId);
  return map;
}
