import * as Y from 'yjs';
import { CARD, COMMENT, LEGACY, ROOT } from './keys.js';

/** A person as a board written before schema version 3 names them. */
export interface LegacyIdentity {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** What their profile said; false when they had none (nobody is named without a yes). */
  readonly consent: boolean;
}

/**
 * Every author and profile an old board names, by participant id: the profile where there is
 * one (it has the consent), else the first card or comment that names them. The server records
 * them in its catalogue before the migration erases them from the board (Room.migrate).
 */
export function readLegacyIdentities(doc: Y.Doc): LegacyIdentity[] {
  const found = new Map<string, LegacyIdentity>();
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  doc.getMap<unknown>(LEGACY.participantsRoot).forEach((profile, id) => {
    if (typeof profile !== 'object' || profile === null) return;
    const p = profile as Record<string, unknown>;
    found.set(id, {
      id,
      name: text(p[LEGACY.profileName]),
      organisation: text(p[LEGACY.organisation]),
      consent: p[LEGACY.consent] === true,
    });
  });
  for (const [root, authorKey] of [
    [ROOT.cards, CARD.authorId],
    [ROOT.comments, COMMENT.authorId],
  ] as const) {
    doc.getMap<unknown>(root).forEach((entry) => {
      if (!(entry instanceof Y.Map)) return;
      const id = entry.get(authorKey);
      if (typeof id !== 'string' || id === '' || found.has(id)) return;
      found.set(id, {
        id,
        name: text(entry.get(LEGACY.authorName)),
        organisation: text(entry.get(LEGACY.organisation)),
        consent: false,
      });
    });
  }
  return [...found.values()];
}

/**
 * Removes every name, organisation and consent an old board carries: the fields of cards and
 * comments, and every profile. With garbage collection on (the server's document), the removed
 * values are dropped from memory at the end of the transaction, so the next compaction stores
 * no copy of them.
 */
export function eraseLegacyIdentities(doc: Y.Doc): void {
  for (const root of [ROOT.cards, ROOT.comments]) {
    doc.getMap<unknown>(root).forEach((entry) => {
      if (!(entry instanceof Y.Map)) return;
      for (const key of [LEGACY.authorName, LEGACY.organisation]) {
        if (entry.has(key)) entry.delete(key);
      }
    });
  }
  const profiles = doc.getMap<unknown>(LEGACY.participantsRoot);
  for (const id of [...profiles.keys()]) profiles.delete(id);
}
