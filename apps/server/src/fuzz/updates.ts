import { ByteWriter } from './ByteWriter.js';

/** An item id: a client and a clock, each a varuint up to 2^53. */
export interface Id {
  readonly client: number;
  readonly clock: number;
}

/** Yjs shared type refs, as ContentType writes them. */
export const TYPE_REF = {
  array: 0,
  map: 1,
  text: 2,
  xmlElement: 3,
  xmlFragment: 4,
  xmlHook: 5,
  xmlText: 6,
} as const;

/** Item content, by Yjs content ref (1 Deleted … 9 Doc). */
export type Content =
  | { readonly ref: 'deleted'; readonly length: number }
  | { readonly ref: 'json'; readonly values: readonly unknown[] }
  | { readonly ref: 'binary'; readonly bytes: Uint8Array }
  | { readonly ref: 'string'; readonly text: string }
  | { readonly ref: 'embed'; readonly value: unknown }
  | { readonly ref: 'format'; readonly key: string; readonly value: unknown }
  /** `name` is the node name of an XmlElement or the hook name of an XmlHook. */
  | { readonly ref: 'type'; readonly type: number; readonly name?: string }
  | { readonly ref: 'any'; readonly values: readonly unknown[] }
  | { readonly ref: 'doc'; readonly guid: string; readonly opts: Record<string, unknown> };

export const CONTENT_REF: Record<Content['ref'], number> = {
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
};

/** One struct of a client's run. */
export type Struct =
  | {
      readonly kind: 'item';
      readonly origin?: Id;
      readonly rightOrigin?: Id;
      /** A root type's name or the id of the item holding the parent type. */
      readonly parent?: string | Id;
      readonly parentSub?: string;
      readonly content: Content;
      /** Writes this info byte instead of the one the fields imply. */
      readonly info?: number;
    }
  | { readonly kind: 'gc'; readonly length: number }
  | { readonly kind: 'skip'; readonly length: number };

/** One client's consecutive structs, from `clock` on. */
export interface ClientRun {
  readonly client: number;
  readonly clock: number;
  readonly structs: readonly Struct[];
  /** Declares this many structs instead of `structs.length`. */
  readonly count?: number;
}

/** A deleted range: `[clock, length]`. */
export type Range = readonly [number, number];

/** A Yjs update, V1 encoding: struct runs by client, then the delete set. */
export interface UpdateSpec {
  readonly runs: readonly ClientRun[];
  readonly deletes?: ReadonlyArray<{ readonly client: number; readonly ranges: readonly Range[] }>;
}

/** How many clocks a struct takes (UTF-16 code units for a string, as Yjs counts). */
export function structLength(struct: Struct): number {
  if (struct.kind !== 'item') return struct.length;
  const c = struct.content;
  switch (c.ref) {
    case 'deleted':
      return c.length;
    case 'json':
    case 'any':
      return c.values.length;
    case 'string':
      return c.text.length;
    default:
      return 1;
  }
}

function writeContent(w: ByteWriter, c: Content): void {
  switch (c.ref) {
    case 'deleted':
      w.varUint(c.length);
      return;
    case 'json':
      w.varUint(c.values.length);
      for (const v of c.values) w.varString(v === undefined ? 'undefined' : JSON.stringify(v));
      return;
    case 'binary':
      w.varBytes(c.bytes);
      return;
    case 'string':
      w.varString(c.text);
      return;
    case 'embed':
      w.varString(JSON.stringify(c.value));
      return;
    case 'format':
      w.varString(c.key).varString(JSON.stringify(c.value));
      return;
    case 'type':
      w.varUint(c.type);
      if (c.type === TYPE_REF.xmlElement || c.type === TYPE_REF.xmlHook) w.varString(c.name ?? '');
      return;
    case 'any':
      w.varUint(c.values.length);
      for (const v of c.values) w.any(v);
      return;
    case 'doc':
      w.varString(c.guid).any(c.opts);
      return;
  }
}

/**
 * The info byte: content ref in the low 5 bits, then 0x20 parentSub, 0x40 right origin, 0x80
 * origin. Parent and parentSub are written only when the item has neither origin, as in Yjs.
 */
function writeStruct(w: ByteWriter, s: Struct): void {
  if (s.kind === 'gc') {
    w.u8(0).varUint(s.length);
    return;
  }
  if (s.kind === 'skip') {
    w.u8(10).varUint(s.length);
    return;
  }
  const info =
    s.info ??
    CONTENT_REF[s.content.ref] |
      (s.origin ? 0x80 : 0) |
      (s.rightOrigin ? 0x40 : 0) |
      (s.parentSub !== undefined ? 0x20 : 0);
  w.u8(info);
  if (s.origin) w.varUint(s.origin.client).varUint(s.origin.clock);
  if (s.rightOrigin) w.varUint(s.rightOrigin.client).varUint(s.rightOrigin.clock);
  if ((info & 0xc0) === 0) {
    const parent = s.parent ?? '';
    if (typeof parent === 'string') w.varUint(1).varString(parent);
    else w.varUint(0).varUint(parent.client).varUint(parent.clock);
    if (info & 0x20) w.varString(s.parentSub ?? '');
  }
  writeContent(w, s.content);
}

/** Encodes an update (Yjs V1), exactly as declared: nothing is checked or sorted. */
export function encodeUpdate(spec: UpdateSpec): Uint8Array {
  const w = new ByteWriter();
  w.varUint(spec.runs.length);
  for (const run of spec.runs) {
    w.varUint(run.count ?? run.structs.length)
      .varUint(run.client)
      .varUint(run.clock);
    for (const s of run.structs) writeStruct(w, s);
  }
  const deletes = spec.deletes ?? [];
  w.varUint(deletes.length);
  for (const { client, ranges } of deletes) {
    w.varUint(client).varUint(ranges.length);
    for (const [clock, length] of ranges) w.varUint(clock).varUint(length);
  }
  return w.toBytes();
}

/** A state vector: `[client, clock]` pairs. */
export function encodeStateVector(entries: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const w = new ByteWriter().varUint(entries.length);
  for (const [client, clock] of entries) w.varUint(client).varUint(clock);
  return w.toBytes();
}
