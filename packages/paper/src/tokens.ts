/**
 * Words too common to say two texts are about the same thing (Italian and English). "ai" is
 * left out on purpose: in a profile it is far more often AI than the preposition.
 */
const STOPWORDS = new Set(
  (
    'a ad al alla alle allo agli all anche che chi con da dal dalla dalle dai dagli degli dei ' +
    'del della delle dello di e ed gli i il in la le lo nel nella nelle nei negli o per piu ' +
    'su sul sulla sui tra fra un una uno non come sono loro nostro nostri questa questo ' +
    'an and as at be by for from in into is of on or the to with more new per'
  ).split(' '),
);

/** Words shorter than this keep their ending: "its", "plc" and "ai" are acronyms, not stems. */
const MIN_STEM = 5;

/**
 * The normalised tokens of a profile or proposal: lower case, accents removed, stop words
 * dropped, and a light stem (a final plural "s", then a final vowel) so that "tecnico" and
 * "tecnici", "programmatore" and "programmatori", "technician" and "technicians" meet.
 */
export function textTokens(text: string): ReadonlySet<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  const out = new Set<string>();
  for (const word of words) {
    if (word === '' || STOPWORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

function stem(word: string): string {
  let w = word;
  if (w.length >= MIN_STEM && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length >= MIN_STEM && /[aeiou]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Jaccard similarity of two token sets: shared tokens over all tokens, 0 when both are empty. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
