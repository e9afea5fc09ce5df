import {
  addCard,
  addComment,
  castVote,
  CARD,
  COMMENT,
  CONTROL,
  createGroup,
  deleteCard,
  deleteComment,
  editComment,
  initTable,
  META,
  LEGACY,
  ROOT,
  setAgenda,
  setPhase,
  updateCard,
  voteKey,
  type Actor,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writerOf } from '../testing/members.js';
import { authorizeUpdate, type Owners, type Writer, type WriteVerdict } from './authorizeUpdate.js';
import { UpdateIndex } from './UpdateIndex.js';

const MOD: Actor = {
  id: 'mod',
  role: 'moderator',
};
const LAURA: Actor = { id: 'laura', role: 'participant' };
const PAOLO: Actor = {
  id: 'paolo',
  role: 'participant',
};

/**
 * The room's document: a board in the sharing phase, a card each for Laura and Paolo, a vote of
 * Paolo's, and a comment each of Laura (ml) and Paolo (mp) on Laura's card.
 */
function roomDoc() {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
  addCard(doc, LAURA, { section: 'needs', text: 'di Laura' }, { id: 'cl' });
  addCard(doc, PAOLO, { section: 'needs', text: 'di Paolo' }, { id: 'cp' });
  setPhase(doc, MOD, 'voting');
  castVote(doc, PAOLO, 'cl', { id: 'v1' });
  setPhase(doc, MOD, 'sharing');
  addComment(doc, LAURA, 'cl', 'Da noi mancano in tre', { id: 'ml' });
  addComment(doc, PAOLO, 'cl', 'Anche da noi', { id: 'mp' });
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

const noOwners: Owners = { bound: () => undefined, reserved: () => undefined };

/** The refusal's reason, or null when the update is allowed. */
function reasonOf(v: WriteVerdict): string | null {
  return v.ok ? null : v.reason;
}

function judge(room: Y.Doc, update: Uint8Array, writer: Writer, owners: Owners = noOwners) {
  const decoded = Y.decodeUpdate(update);
  const index = new UpdateIndex(room);
  index.add(decoded);
  return authorizeUpdate(decoded, index, room, writer, owners);
}

function verdict(writer: Writer, edit: (doc: Y.Doc) => void) {
  const room = roomDoc();
  return reasonOf(judge(room, craft(room, edit), writer));
}

const laura = writerOf(LAURA);
const observer = writerOf({ id: 'wall', role: 'observer' });
const moderator = writerOf(MOD);
const cards = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(ROOT.cards);
const comments = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(ROOT.comments);

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
      'a participant editing her own comment',
      laura,
      (d) => editComment(d, LAURA, 'ml', 'Da noi ne mancano quattro'),
      null,
    ],
    ['a participant deleting her own comment', laura, (d) => deleteComment(d, LAURA, 'ml'), null],
    ['a moderator deleting any comment', moderator, (d) => deleteComment(d, MOD, 'mp'), null],
    // Hand-built: the board operations would refuse these before they reach the wire.
    [
      'a participant editing another’s comment',
      laura,
      (d) => comments(d).get('mp')!.set(COMMENT.text, 'Non da noi'),
      'foreign_entry',
    ],
    [
      'a participant marking another’s comment edited',
      laura,
      (d) => comments(d).get('mp')!.set(COMMENT.editedAt, 1),
      'foreign_entry',
    ],
    [
      'a participant deleting another’s comment',
      laura,
      (d) => comments(d).delete('mp'),
      'foreign_entry',
    ],
    [
      'handing her comment to another',
      laura,
      (d) => comments(d).get('ml')!.set(COMMENT.authorId, 'paolo'),
      'impersonation',
    ],
    [
      'a field a comment does not have',
      laura,
      (d) => comments(d).get('ml')!.set('likes', 3),
      'malformed_layout',
    ],
    [
      'a moderator writing control',
      moderator,
      (d) => d.getMap(ROOT.control).set(CONTROL.locked, true),
      null,
    ],
    [
      'a moderator moving to a phase: its start, the timer, the spotlight out',
      moderator,
      (d) => {
        setAgenda(d, MOD, { grouping: 600_000 });
        setPhase(d, MOD, 'grouping', { now: 1_000 });
      },
      null,
    ],
    [
      'a participant setting the phase start',
      laura,
      (d) => d.getMap(ROOT.control).set(CONTROL.phaseStartedAt, 0),
      'moderator_only',
    ],
    [
      'a participant setting the agenda',
      laura,
      (d) => d.getMap(ROOT.control).set(CONTROL.agenda, { silent: 1 }),
      'moderator_only',
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
      'a moderator’s card with no author',
      moderator,
      (d) => cards(d).set('new', rawCard(null)),
      'missing_author',
    ],
    [
      'handing her card to another',
      laura,
      (d) => cards(d).get('cl')!.set(CARD.authorId, 'paolo'),
      'impersonation',
    ],
    [
      'a moderator’s card in another’s name',
      moderator,
      (d) => cards(d).set('new', rawCard('paolo')),
      'impersonation',
    ],
    [
      'a moderator handing a card to another',
      moderator,
      (d) => cards(d).get('cl')!.set(CARD.authorId, 'paolo'),
      'impersonation',
    ],
    [
      'removing the author of her own card',
      laura,
      (d) => cards(d).get('cl')!.delete(CARD.authorId),
      'impersonation',
    ],
    [
      'a moderator removing a card’s author',
      moderator,
      (d) => cards(d).get('cp')!.delete(CARD.authorId),
      'impersonation',
    ],
    [
      'a moderator removing a comment’s author',
      moderator,
      (d) => comments(d).get('mp')!.delete(COMMENT.authorId),
      'impersonation',
    ],
    ['a moderator deleting a card, author and all', moderator, (d) => cards(d).delete('cp'), null],
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
    ['writing an unknown root', laura, (d) => d.getMap('evil').set('x', 1), 'malformed_layout'],
    [
      'a moderator writing an unknown root',
      moderator,
      (d) => d.getMap('evil').set('x', 1),
      'malformed_layout',
    ],
    [
      'a moderator writing the client bindings',
      moderator,
      (d) => d.getMap(ROOT.clients).set('1', 'mod'),
      'server_only',
    ],
    // Names and organisations are the catalogue's: the board has no field for them (schema 3).
    [
      'her own name on her own card',
      laura,
      (d) => cards(d).get('cl')!.set(LEGACY.authorName, 'Laura Bassi'),
      'malformed_layout',
    ],
    [
      'a new card signed with an organisation',
      laura,
      (d) => {
        const id = addCard(d, LAURA, { section: 'needs', text: 'x' });
        cards(d).get(id)!.set(LEGACY.organisation, 'Officine Reggiane');
      },
      'malformed_layout',
    ],
    [
      'a comment signed with a name',
      laura,
      (d) => {
        const id = addComment(d, LAURA, 'cl', 'Anche da noi');
        d.getMap<Y.Map<unknown>>(ROOT.comments).get(id)!.set(LEGACY.authorName, 'Laura');
      },
      'malformed_layout',
    ],
    [
      'her profile on the board',
      laura,
      (d) => d.getMap(LEGACY.participantsRoot).set('laura', { name: 'Laura', consent: true }),
      'malformed_layout',
    ],
    [
      'a moderator putting a name on a card',
      moderator,
      (d) => cards(d).get('cp')!.set(LEGACY.authorName, 'Paolo Ferri'),
      'malformed_layout',
    ],
    [
      'a field a card does not have',
      laura,
      (d) => cards(d).get('cl')!.set('evil', 'x'),
      'malformed_layout',
    ],
    [
      'a map nested under her own card',
      laura,
      (d) => cards(d).get('cl')!.set(CARD.text, new Y.Map()),
      'malformed_layout',
    ],
    [
      'a text type under her own card',
      laura,
      (d) => cards(d).get('cl')!.set(CARD.text, new Y.Text('x')),
      'malformed_layout',
    ],
    [
      'a value nested too deep',
      laura,
      (d) =>
        cards(d)
          .get('cl')!
          .set(CARD.skills, [[[[[[['x']]]]]]]),
      'malformed_layout',
    ],
    [
      'a byte array as a value',
      laura,
      (d) =>
        cards(d)
          .get('cl')!
          .set(CARD.text, new Uint8Array([1, 2])),
      'malformed_layout',
    ],
    [
      'a vote that is not a plain value',
      laura,
      (d) => d.getMap(ROOT.votes).set(voteKey('laura', 'v8'), new Y.Map()),
      'malformed_layout',
    ],
    [
      'an observer adding a card',
      observer,
      (d) => addCard(d, LAURA, { section: 'needs', text: 'nuova' }, { id: 'new' }),
      'observer_write',
    ],
    ['an observer voting', observer, (d) => rawVote(d, 'laura'), 'observer_write'],
  ])('%s -> %s', (_name, writer, edit, reason) => {
    expect(verdict(writer, edit)).toBe(reason);
  });

  it('lets an edit of a card deleted meanwhile through (it is harmless)', () => {
    const room = roomDoc();
    const offline = craft(room, (d) => cards(d).get('cl')!.set(CARD.text, 'offline'));
    deleteCard(room, MOD, 'cl');
    expect(reasonOf(judge(room, offline, laura))).toBeNull();
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
    // Allowed, and nothing to store or relay: it changes nothing.
    expect(authorizeUpdate(reply, index, room, laura, noOwners)).toMatchObject({
      ok: true,
      changes: false,
    });
  });

  it('lets a reloaded client replay its whole local copy (known content, known deletions)', () => {
    // A phone reloads: its stored copy reaches the document after the socket opened, so the
    // provider sends it all, phase changes of the moderator (deleted entries) included.
    const room = roomDoc();
    const replay = Y.decodeUpdate(Y.encodeStateAsUpdate(room));
    expect(replay.ds.clients.size).toBeGreaterThan(0);
    const index = new UpdateIndex(room);
    index.add(replay);
    expect(authorizeUpdate(replay, index, room, laura, noOwners)).toMatchObject({
      ok: true,
      changes: false,
    });
  });

  it('still refuses a participant’s replay that deletes a moderator’s live entry', () => {
    const room = roomDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    client.getMap(ROOT.control).delete(CONTROL.phase);
    const replay = Y.decodeUpdate(Y.encodeStateAsUpdate(client));
    const index = new UpdateIndex(room);
    index.add(replay);
    expect(reasonOf(authorizeUpdate(replay, index, room, laura, noOwners))).toBe('moderator_only');
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
    expect(reasonOf(authorizeUpdate(second, alone, room, laura, noOwners))).toBe('unresolvable');

    const withPending = new UpdateIndex(room);
    withPending.add(Y.decodeUpdate(first));
    withPending.add(second);
    expect(reasonOf(authorizeUpdate(second, withPending, room, laura, noOwners))).toBeNull();
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
