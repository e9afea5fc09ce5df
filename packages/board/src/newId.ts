const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A random 80-bit id for cards, groups and votes.
 *
 * Uses getRandomValues, not randomUUID: phones reach the server over plain http on the
 * venue's LAN, which is not a secure context, and randomUUID is missing there.
 */
export function newId(random: (bytes: Uint8Array) => Uint8Array = defaultRandom): string {
  const bytes = random(new Uint8Array(16));
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 31];
  return id;
}

/** The Web Crypto subset that browsers and Node 20 both have on globalThis. */
interface RandomSource {
  getRandomValues(bytes: Uint8Array): Uint8Array;
}

function defaultRandom(bytes: Uint8Array): Uint8Array {
  return (globalThis as unknown as { crypto: RandomSource }).crypto.getRandomValues(bytes);
}
