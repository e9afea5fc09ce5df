import * as Y from 'yjs';
import type { ClientRun, Content, Id, Struct, UpdateSpec } from './updates.js';
import { structLength, TYPE_REF } from './updates.js';

/** Yjs's shared type classes by the ref ContentType writes for them. */
const TYPE_CLASSES: Array<[number, abstract new (...args: never[]) => unknown]> = [
  [TYPE_REF.xmlText, Y.XmlText],
  [TYPE_REF.xmlHook, Y.XmlHook],
  [TYPE_REF.xmlElement, Y.XmlElement],
  [TYPE_REF.xmlFragment, Y.XmlFragment],
  [TYPE_REF.text, Y.Text],
  [TYPE_REF.map, Y.Map],
  [TYPE_REF.array, Y.Array],
];

function contentOf(c: Y.Item['content']): Content {
  if (c instanceof Y.ContentDeleted) return { ref: 'deleted', length: c.len };
  if (c instanceof Y.ContentJSON) return { ref: 'json', values: c.getContent() };
  if (c instanceof Y.ContentBinary) return { ref: 'binary', bytes: c.content };
  if (c instanceof Y.ContentString) return { ref: 'string', text: c.str };
  if (c instanceof Y.ContentEmbed) return { ref: 'embed', value: c.embed };
  if (c instanceof Y.ContentFormat) return { ref: 'format', key: c.key, value: c.value };
  if (c instanceof Y.ContentAny) return { ref: 'any', values: c.getContent() };
  if (c instanceof Y.ContentDoc) return { ref: 'doc', guid: c.doc!.guid, opts: c.opts };
  if (c instanceof Y.ContentType) {
    const type = c.type as unknown;
    const ref = TYPE_CLASSES.find(([, Class]) => type instanceof Class)?.[0] ?? TYPE_REF.map;
    const name =
      type instanceof Y.XmlElement ? type.nodeName : type instanceof Y.XmlHook ? type.hookName : '';
    return { ref: 'type', type: ref, name };
  }
  throw new Error(`unknown content ${String(c)}`);
}

const idOf = (id: Y.ID | null): Id | undefined =>
  id ? { client: id.client, clock: id.clock } : undefined;

/**
 * A Yjs update as an UpdateSpec, to mutate it field by field and encode it again with the
 * hand-written encoder. Yjs only decodes here; it never encodes what the fuzzer sends.
 */
export function specOf(update: Uint8Array): UpdateSpec {
  const { structs, ds } = Y.decodeUpdate(update);
  const runs: Array<{ client: number; clock: number; structs: Struct[] }> = [];
  for (const s of structs) {
    let run = runs.at(-1);
    if (!run || run.client !== s.id.client) {
      run = { client: s.id.client, clock: s.id.clock, structs: [] };
      runs.push(run);
    }
    if (s instanceof Y.GC) run.structs.push({ kind: 'gc', length: s.length });
    else if (s instanceof Y.Skip) run.structs.push({ kind: 'skip', length: s.length });
    else {
      const item = s as Y.Item;
      const parent = item.parent as unknown;
      const hasOrigin = item.origin !== null || item.rightOrigin !== null;
      run.structs.push({
        kind: 'item',
        origin: idOf(item.origin),
        rightOrigin: idOf(item.rightOrigin),
        parent: hasOrigin ? undefined : typeof parent === 'string' ? parent : idOf(parent as Y.ID),
        parentSub: hasOrigin ? undefined : (item.parentSub ?? undefined),
        content: contentOf(item.content),
      });
    }
  }
  const deletes = [...ds.clients].map(([client, ranges]) => ({
    client,
    ranges: ranges.map((r) => [r.clock, r.len] as const),
  }));
  return { runs, deletes };
}

/**
 * Moves the structs `from` wrote in `spec` to client `to`, from clock `toClock` on, with every
 * reference into them moved alike: the same edit, written under another client id.
 */
export function rehome(spec: UpdateSpec, from: number, to: number, toClock: number): UpdateSpec {
  const own = spec.runs.filter((r) => r.client === from);
  const start = Math.min(...own.map((r) => r.clock));
  const end = Math.max(...own.map((r) => r.clock + runLength(r)));
  const move = (id: Id | undefined): Id | undefined =>
    id && id.client === from && id.clock >= start && id.clock < end
      ? { client: to, clock: id.clock - start + toClock }
      : id;
  const runs: ClientRun[] = spec.runs.map((run) => ({
    ...run,
    client: run.client === from ? to : run.client,
    clock: run.client === from ? run.clock - start + toClock : run.clock,
    structs: run.structs.map((s) =>
      s.kind !== 'item'
        ? s
        : {
            ...s,
            origin: move(s.origin),
            rightOrigin: move(s.rightOrigin),
            parent: typeof s.parent === 'string' ? s.parent : move(s.parent),
          },
    ),
  }));
  return { runs, deletes: spec.deletes };
}

/** How many clocks a run takes. */
export function runLength(run: ClientRun): number {
  return run.structs.reduce((n, s) => n + structLength(s), 0);
}
