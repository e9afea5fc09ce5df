import { newId } from '@tavolo/board';
import type { UiStorage } from '../ui/uiStore.js';

/** Who this browser is at the table. Kept on the device so a returning person resumes. */
export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
}

const KEY = 'tavolo.identity';

/** The identity saved on this device, if any. */
export function loadIdentity(storage: UiStorage): Identity | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Identity>;
    if (typeof parsed.id !== 'string' || typeof parsed.name !== 'string') return null;
    return { id: parsed.id, name: parsed.name, organisation: String(parsed.organisation ?? '') };
  } catch {
    return null;
  }
}

/** Saves a name and organisation, keeping the device's id when it has one. */
export function saveIdentity(
  storage: UiStorage,
  entry: { name: string; organisation: string },
): Identity {
  const identity: Identity = {
    id: loadIdentity(storage)?.id ?? newId(),
    name: entry.name.trim(),
    organisation: entry.organisation.trim(),
  };
  storage.setItem(KEY, JSON.stringify(identity));
  return identity;
}
