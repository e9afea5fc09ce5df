import { connect } from 'node:net';
import type { Role } from '@tavolo/board';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncStep1 } from './frames.js';
import { enter } from './people.js';
import { RawClient } from './RawClient.js';
import { TavoloProcess } from './TavoloProcess.js';

/**
 * Holes where a single hand-built request used to kill the process: they run against the real
 * server in a child process, restarted before each test if the previous one killed it.
 */
let server: TavoloProcess;
beforeAll(async () => {
  server = await TavoloProcess.start();
}, 60_000);
beforeEach(async () => {
  await server.ensureRunning();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const ROLES: Role[] = ['participant', 'moderator', 'observer', 'secretariat'];

/** Sends a WebSocket upgrade for `target` on a raw TCP socket; resolves with the status line. */
function rawUpgrade(port: number, target: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.write(
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
        'Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
  });
}

describe('a malformed upgrade target', () => {
  it.each(['/sync/%E0%A4%A', '/sync/%', '/sync/robotica%ZZ', '//[', '/sync/%C0%AF'])(
    'upgrade to %s without a token: 400 on the raw socket, and the process lives on',
    async (target) => {
      const status = await rawUpgrade(server.port, target);
      const health = await server.health();
      expect({ status, health }, await server.crashReport()).toEqual({
        status: expect.stringMatching(/^HTTP\/1\.1 400/),
        health: 200,
      });
    },
  );
});

const BROKEN_STATE_VECTORS: Array<[string, Uint8Array]> = [
  ['empty', new Uint8Array()],
  ['truncated after its count', new Uint8Array([2])],
  ['truncated inside a client id', new Uint8Array([1, 0x81])],
  ['truncated before a clock', new Uint8Array([1, 5])],
  ['with a varint that never ends', new Uint8Array([1, 0xff, 0xff, 0xff])],
];

describe.each(ROLES)('sync step 1 as %s', (role) => {
  it('with an empty or truncated state vector: closed 4400; the process and other sockets live on', async () => {
    const other = await enter(server, 'robotica', 'moderator');
    const bystander = new RawClient(server.wsUrl, 'robotica', other.token);
    await bystander.greeted();
    const codes: Record<string, number> = {};
    for (const [name, stateVector] of BROKEN_STATE_VECTORS) {
      const person = await enter(server, 'robotica', role);
      const hostile = new RawClient(server.wsUrl, 'robotica', person.token);
      await hostile.greeted();
      hostile.send(syncStep1(stateVector));
      codes[name] = (await hostile.closed).code;
      if (!server.alive || (await server.health()) !== 200) break;
    }
    expect(codes, await server.crashReport()).toEqual(
      Object.fromEntries(BROKEN_STATE_VECTORS.map(([name]) => [name, 4400])),
    );
    // The bystander's socket is still served: its round trip is answered.
    await bystander.roundTrip();
    await bystander.close();
  });
});
