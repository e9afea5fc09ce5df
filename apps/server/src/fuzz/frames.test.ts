import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeClientMessage } from '../sync/protocol.js';
import {
  authFrame,
  awarenessFrame,
  queryAwareness,
  syncStep1,
  syncStep2,
  syncUpdate,
  unknownFrame,
} from './frames.js';
import { encodeStateVector, encodeUpdate, TYPE_REF, type Content, type Struct } from './updates.js';

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1
const one = (client: number, clock: number, ...structs: Struct[]) =>
  Y.decodeUpdate(encodeUpdate({ runs: [{ client, clock, structs }] }));
const item = (content: Content, more: Partial<Extract<Struct, { kind: 'item' }>> = {}): Struct => ({
  kind: 'item',
  parent: 'root',
  content,
  ...more,
});

describe('the hand-written Yjs V1 encoder', () => {
  it('writes the very bytes Yjs writes for a map entry', () => {
    const doc = new Y.Doc();
    doc.clientID = 7;
    doc.getMap('cards').set('c1', 'hello');
    const ours = encodeUpdate({
      runs: [
        {
          client: 7,
          clock: 0,
          structs: [item({ ref: 'any', values: ['hello'] }, { parent: 'cards', parentSub: 'c1' })],
        },
      ],
    });
    expect(ours).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it.each<[string, Content, (c: unknown) => void]>([
    ['Deleted', { ref: 'deleted', length: 5 }, (c) => expect((c as Y.ContentDeleted).len).toBe(5)],
    [
      'JSON',
      { ref: 'json', values: [{ a: 1 }, 'x'] },
      (c) => expect((c as Y.ContentJSON).getContent()).toEqual([{ a: 1 }, 'x']),
    ],
    [
      'Binary',
      { ref: 'binary', bytes: new Uint8Array([1, 2, 255]) },
      (c) => expect((c as Y.ContentBinary).content).toEqual(new Uint8Array([1, 2, 255])),
    ],
    [
      'String',
      { ref: 'string', text: 'città 🍝' },
      (c) => expect((c as Y.ContentString).str).toBe('città 🍝'),
    ],
    [
      'Embed',
      { ref: 'embed', value: { image: 'x.png' } },
      (c) => expect((c as Y.ContentEmbed).embed).toEqual({ image: 'x.png' }),
    ],
    [
      'Format',
      { ref: 'format', key: 'bold', value: true },
      (c) => expect(c).toMatchObject({ key: 'bold', value: true }),
    ],
    [
      'Any',
      {
        ref: 'any',
        values: [
          -5,
          2 ** 40,
          1.5,
          'é',
          true,
          false,
          null,
          undefined,
          [1, [2]],
          { k: { n: -70 } },
          new Uint8Array([9]),
          12n,
        ],
      },
      (c) =>
        expect((c as Y.ContentAny).getContent()).toEqual([
          -5,
          2 ** 40,
          1.5,
          'é',
          true,
          false,
          null,
          undefined,
          [1, [2]],
          { k: { n: -70 } },
          new Uint8Array([9]),
          12n,
        ]),
    ],
    [
      'Doc',
      { ref: 'doc', guid: 'sub-1', opts: { gc: false } },
      (c) => expect((c as Y.ContentDoc).doc).toMatchObject({ guid: 'sub-1', gc: false }),
    ],
  ])('writes content %s so that Yjs reads it back', (_name, content, check) => {
    const [struct] = one(1, 0, item(content)).structs;
    expect(struct).toBeInstanceOf(Y.Item);
    check((struct as Y.Item).content);
  });

  it.each([
    [TYPE_REF.array, Y.Array],
    [TYPE_REF.map, Y.Map],
    [TYPE_REF.text, Y.Text],
    [TYPE_REF.xmlElement, Y.XmlElement],
    [TYPE_REF.xmlFragment, Y.XmlFragment],
    [TYPE_REF.xmlHook, Y.XmlHook],
    [TYPE_REF.xmlText, Y.XmlText],
  ])('writes a Type content of ref %i', (type, Class) => {
    const [struct] = one(1, 0, item({ ref: 'type', type, name: 'p' })).structs;
    const created = ((struct as Y.Item).content as Y.ContentType).type;
    expect(created.constructor).toBe(Class);
    if (created instanceof Y.XmlElement) expect(created.nodeName).toBe('p');
    if (created instanceof Y.XmlHook) expect(created.hookName).toBe('p');
  });

  it('writes origins, a parent by id and a parentSub, with varints up to 2^53', () => {
    const { structs } = one(
      MAX,
      MAX - 10,
      item({ ref: 'any', values: [1] }, { origin: { client: MAX, clock: 3 } }),
      item({ ref: 'any', values: [2] }, { rightOrigin: { client: 2 ** 40, clock: MAX } }),
      item({ ref: 'any', values: [3] }, { parent: { client: 5, clock: 2 ** 35 }, parentSub: 'k' }),
      item({ ref: 'any', values: [4] }, { parent: 'cards', parentSub: 'c' }),
    );
    const [a, b, c, d] = structs as Y.Item[];
    expect(a!.id).toEqual(Y.createID(MAX, MAX - 10));
    expect(a!.origin).toEqual(Y.createID(MAX, 3));
    expect(b!.rightOrigin).toEqual(Y.createID(2 ** 40, MAX));
    expect(b!.id.clock).toBe(MAX - 9);
    expect(c!.parent).toEqual(Y.createID(5, 2 ** 35));
    expect(c!.parentSub).toBe('k');
    expect([d!.parent, d!.parentSub]).toEqual(['cards', 'c']);
  });

  it('writes GC and Skip structs of any length, and any declared info byte', () => {
    const { structs } = one(
      3,
      0,
      { kind: 'gc', length: 2 ** 40 },
      { kind: 'skip', length: MAX - 2 ** 40 },
      item({ ref: 'any', values: [1] }, { info: 8 | 0x20, parentSub: 'x' }),
    );
    expect(structs[0]).toBeInstanceOf(Y.GC);
    expect(structs[0]!.length).toBe(2 ** 40);
    expect(structs[1]).toBeInstanceOf(Y.Skip);
    expect(structs[1]!.length).toBe(MAX - 2 ** 40);
    expect((structs[2] as Y.Item).parentSub).toBe('x');
  });

  it('writes delete sets with any ranges', () => {
    const update = encodeUpdate({
      runs: [],
      deletes: [
        {
          client: 9,
          ranges: [
            [0, 2 ** 40],
            [MAX - 1, 1],
          ],
        },
        { client: MAX, ranges: [] },
      ],
    });
    const { ds, structs } = Y.decodeUpdate(update);
    expect(structs).toEqual([]);
    expect(ds.clients.get(9)!.map((r) => [r.clock, r.len])).toEqual([
      [0, 2 ** 40],
      [MAX - 1, 1],
    ]);
  });

  it('builds a card that a Y.Doc applies and reads', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      encodeUpdate({
        runs: [
          {
            client: 42,
            clock: 0,
            structs: [
              item({ ref: 'type', type: TYPE_REF.map }, { parent: 'cards', parentSub: 'c1' }),
              item(
                { ref: 'any', values: ['p1'] },
                { parent: { client: 42, clock: 0 }, parentSub: 'authorId' },
              ),
            ],
          },
        ],
      }),
    );
    expect(doc.getMap('cards').toJSON()).toEqual({ c1: { authorId: 'p1' } });
    expect(
      Y.decodeStateVector(
        encodeStateVector([
          [42, 2],
          [MAX, 0],
        ]),
      ),
    ).toEqual(
      new Map([
        [42, 2],
        [MAX, 0],
      ]),
    );
  });
});

describe('the hand-written y-websocket frames', () => {
  it('are the messages the server decodes', () => {
    const update = encodeUpdate({
      runs: [{ client: 1, clock: 0, structs: [{ kind: 'gc', length: 1 }] }],
    });
    expect(decodeClientMessage(syncStep1([[1, 2]]))).toEqual({
      type: 'syncStep1',
      stateVector: encodeStateVector([[1, 2]]),
    });
    // A state vector is at least its count: an empty one is malformed, refused before use.
    expect(() => decodeClientMessage(syncStep1(new Uint8Array()))).toThrow(/integer/);
    expect(decodeClientMessage(syncStep2(update))).toEqual({ type: 'update', update });
    expect(decodeClientMessage(syncUpdate(update))).toEqual({ type: 'update', update });
    expect(decodeClientMessage(queryAwareness())).toEqual({ type: 'queryAwareness' });
    expect(() => decodeClientMessage(unknownFrame(9, new Uint8Array([1])))).toThrow(/unknown/);
  });

  it('carry awareness states y-protocols applies', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    const frame = awarenessFrame([
      { client: 77, clock: 3, state: JSON.stringify({ user: { name: 'Ada' } }) },
      { client: 2 ** 40, clock: 1, state: '{"editing":null}' },
    ]);
    const decoder = decoding.createDecoder(frame);
    expect(decoding.readVarUint(decoder)).toBe(1);
    awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), 'x');
    expect(awareness.getStates().get(77)).toEqual({ user: { name: 'Ada' } });
    expect(awareness.getStates().get(2 ** 40)).toEqual({ editing: null });
    expect(awareness.meta.get(77)?.clock).toBe(3);
  });

  it('carry an auth message y-protocols reads', () => {
    const decoder = decoding.createDecoder(authFrame('nope'));
    expect(decoding.readVarUint(decoder)).toBe(2);
    let denied = '';
    authProtocol.readAuthMessage(decoder, new Y.Doc(), (_doc, reason) => (denied = reason));
    expect(denied).toBe('nope');
  });
});
