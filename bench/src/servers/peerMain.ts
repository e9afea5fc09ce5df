/**
 * Entry point of a peer server under test, run in its own process:
 *   node --expose-gc --import tsx --import ./monitor.ts peerMain.ts <yws|hocuspocus|relay>
 * PORT and DATA_DIR come from the environment. Prints "peer ready" once listening.
 */
import { startHocuspocus } from './peerHocuspocus.js';
import { startRelay } from './peerRelay.js';
import { startYWebsocketServer } from './peerYws.js';

const kind = process.argv[2];
const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR ?? '';

const stop =
  kind === 'yws'
    ? await startYWebsocketServer(port)
    : kind === 'hocuspocus'
      ? await startHocuspocus(port, dataDir)
      : kind === 'relay'
        ? await startRelay(port)
        : null;
if (!stop) {
  console.error(`unknown peer ${kind}`);
  process.exit(2);
}
console.log(`peer ready ${kind} ${port}`);
const shutdown = () => void stop().finally(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
