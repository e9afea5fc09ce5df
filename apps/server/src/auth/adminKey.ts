import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The secretariat's key and whether it was generated just now (then it is printed once). */
export interface AdminKey {
  readonly key: string;
  readonly generated: boolean;
}

/**
 * The secretariat key: `TAVOLO_ADMIN_KEY` when set, else `<dataDir>/admin.key`, generated on
 * first start.
 */
export function loadOrCreateAdminKey(dataDir: string, fromEnv: string | undefined): AdminKey {
  if (fromEnv) return { key: fromEnv, generated: false };
  const file = join(dataDir, 'admin.key');
  if (existsSync(file)) return { key: readFileSync(file, 'utf8').trim(), generated: false };
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(18).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return { key, generated: true };
}

/** Reads a file-based key without creating one (for the command line). */
export function readAdminKey(dataDir: string): string | null {
  const file = join(dataDir, 'admin.key');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/** Constant-time comparison of a presented key with the real one. */
export function isAdminKey(presented: string | null | undefined, key: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}
