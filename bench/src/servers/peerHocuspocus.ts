import { join } from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

/**
 * Hocuspocus 3 with its SQLite extension (one row per document holding the whole state,
 * written after the default 2 s debounce, at most 10 s late), default configuration otherwise.
 */
export async function startHocuspocus(port: number, dataDir: string): Promise<() => Promise<void>> {
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.sqlite') })],
  });
  await server.listen();
  return async () => {
    await server.destroy();
  };
}
