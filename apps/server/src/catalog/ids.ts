import { createHash } from 'node:crypto';

/** What the catalogue keeps of a deleted table's id: a hash, so no title stays readable. */
export function retiredHash(id: string): string {
  return createHash('sha256').update(`tavolo:table:${id}`).digest('hex');
}

/** A URL-safe id from a title: "Competenze per la robotica" -> "competenze-per-la-robotica". */
export function slug(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return base || 'tavolo';
}

/** `base`, or `base-2`, `base-3`…: the first that is not taken. */
export async function uniqueId(
  base: string,
  taken: (id: string) => Promise<boolean>,
): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}
