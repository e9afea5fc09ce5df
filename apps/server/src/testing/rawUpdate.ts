import * as encoding from 'lib0/encoding';

/** An id written by hand: [client, clock]. */
export type RawId = readonly [client: number, clock: number];

/** Content of a hand-built item, by Yjs content reference. */
export type RawContent =
  | { readonly ref: 'any'; readonly values: readonly unknown[] }
  | { readonly ref: 'deleted'; readonly length: number }
  | { readonly ref: 'string'; readonly text: string }
  | { readonly ref: 'binary'; readonly bytes: Uint8Array }
  /** typeRef: 0 YArray, 1 YMap, 2 YText, 3 XmlElement (with nodeName), 4 XmlFragment… */
  | { readonly ref: 'type'; readonly typeRef: number; readonly nodeName?: string };

/** A struct written by hand, in the Yjs update format (v1). */
export type RawStruct =
  | {
      readonly kind: 'gc';
      readonly client: number;
      readonly clock: number;
      readonly length: number;
    }
  | {
      readonly kind: 'skip';
      readonly client: number;
      readonly clock: number;
      readonly length: number;
    }
  | {
      readonly kind: 'item';
      readonly client: number;
      readonly clock: number;
      readonly origin?: RawId;
      readonly rightOrigin?: RawId;
      /** A root name, or the id of the item holding the parent type. */
      readonly parent?: string | RawId;
      readonly parentSub?: string;
      readonly content: RawContent;
    };

const CONTENT_REF = { deleted: 1, binary: 3, string: 4, type: 7, any: 8 } as const;

/**
 * Encodes structs and a delete set as a Yjs v1 update, without Yjs: so tests can send what no
 * Yjs encoder would make (two values under one map key, a GC in another's name, huge lengths).
 * Structs of one client must be given in clock order and contiguous, as the format requires.
 */
export function rawUpdate(
  structs: readonly RawStruct[],
  deletes: ReadonlyArray<{ client: number; clock: number; length: number }> = [],
): Uint8Array {
  const e = encoding.createEncoder();
  const byClient = new Map<number, RawStruct[]>();
  for (const s of structs) byClient.set(s.client, [...(byClient.get(s.client) ?? []), s]);
  encoding.writeVarUint(e, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(e, list.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, list[0]!.clock);
    for (const s of list) writeStruct(e, s);
  }
  const dsByClient = new Map<number, Array<{ clock: number; length: number }>>();
  for (const d of deletes) dsByClient.set(d.client, [...(dsByClient.get(d.client) ?? []), d]);
  encoding.writeVarUint(e, dsByClient.size);
  for (const [client, ranges] of dsByClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(e, r.clock);
      encoding.writeVarUint(e, r.length);
    }
  }
  return encoding.toUint8Array(e);
}

function writeStruct(e: encoding.Encoder, s: RawStruct): void {
  if (s.kind === 'gc' || s.kind === 'skip') {
    encoding.writeUint8(e, s.kind === 'gc' ? 0 : 10);
    encoding.writeVarUint(e, s.length);
    return;
  }
  const info =
    CONTENT_REF[s.content.ref] |
    (s.origin ? 0x80 : 0) |
    (s.rightOrigin ? 0x40 : 0) |
    (s.parentSub !== undefined ? 0x20 : 0);
  encoding.writeUint8(e, info);
  if (s.origin) writeId(e, s.origin);
  if (s.rightOrigin) writeId(e, s.rightOrigin);
  if (!s.origin && !s.rightOrigin) {
    if (typeof s.parent === 'string') {
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, s.parent);
    } else {
      encoding.writeVarUint(e, 0);
      writeId(e, s.parent ?? [0, 0]);
    }
    if (s.parentSub !== undefined) encoding.writeVarString(e, s.parentSub);
  }
  const c = s.content;
  switch (c.ref) {
    case 'any':
      encoding.writeVarUint(e, c.values.length);
      for (const v of c.values) encoding.writeAny(e, v as never);
      break;
    case 'deleted':
      encoding.writeVarUint(e, c.length);
      break;
    case 'string':
      encoding.writeVarString(e, c.text);
      break;
    case 'binary':
      encoding.writeVarUint8Array(e, c.bytes);
      break;
    case 'type':
      encoding.writeVarUint(e, c.typeRef);
      if (c.typeRef === 3 || c.typeRef === 5) encoding.writeVarString(e, c.nodeName ?? 'p');
      break;
  }
}

function writeId(e: encoding.Encoder, [client, clock]: RawId): void {
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
}
