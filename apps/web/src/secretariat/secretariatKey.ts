import type { UiStorage } from '../ui/uiStore.js';

const STORAGE_KEY = 'tavolo.secretariat.key';
const FRAGMENT_PARAM = 'chiave';

/** The key carried by a `#chiave=<key>` fragment, as printed by the server at start; else null. */
export function keyFromFragment(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_PARAM)?.trim();
  return key ? key : null;
}

/** The key kept on this device, or null. */
export function loadKey(storage: UiStorage): string | null {
  return storage.getItem(STORAGE_KEY) || null;
}

/** Keeps the key on this device, so the secretariat pages open without it next time. */
export function saveKey(storage: UiStorage, key: string): void {
  storage.setItem(STORAGE_KEY, key.trim());
}

/** Forgets the key on this device (wrong key, or "sign out"). */
export function forgetKey(storage: UiStorage): void {
  storage.setItem(STORAGE_KEY, '');
}

/**
 * Takes the key from the address bar when it carries one: keeps it and removes the fragment,
 * so the key is neither bookmarked, nor shared with the link, nor shown on a projected screen.
 * Returns the key to use: the fragment's, else the one kept on this device.
 */
export function adoptKey(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState'>,
  storage: UiStorage,
): string | null {
  const fromFragment = keyFromFragment(location.hash);
  if (!fromFragment) return loadKey(storage);
  saveKey(storage, fromFragment);
  history.replaceState(null, '', location.pathname + location.search);
  return fromFragment;
}
