import { addCard, setPhase, snapshot, type Actor } from '@tavolo/board';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startTestServer, type TestJoin, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';
import { MESSAGE } from './protocol.js';

// During silent writing a participant's contributions reach nobody but the people running the
// table and that participant's own devices: checked on the bytes a plain socket receives.

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function started(): Promise<TestServer> {
  const s = await startTestServer();
  cleanups.push(() => s.stop());
  return s;
}

/** A y-websocket client of a joined person, with the board operations' actor. */
async function device(s: TestServer, person: TestJoin) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(s.url, 'robotica', doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: person.token },
  });
  cleanups.push(() => provider.destroy());
  await until(() => provider.synced, 'sync');
  const actor: Actor = { id: person.participantId, role: person.role };
  return { doc, provider, actor };
}

/** A plain socket that records every byte the server sends, and the status messages. */
async function recorder(s: TestServer, person: TestJoin) {
  const ws = new WebSocket(`${s.url}/robotica?token=${person.token}`);
  cleanups.push(() => ws.close());
  const frames: Buffer[] = [];
  const statuses: Array<{ withheld: Record<string, number> }> = [];
  ws.on('message', (data: Buffer) => {
    frames.push(Buffer.from(data));
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MESSAGE.status) {
      statuses.push(JSON.parse(decoding.readVarString(decoder)) as (typeof statuses)[number]);
    }
  });
  await new Promise((resolve) => ws.once('message', resolve));
  // Ask for the document as a newcomer: the server's answer is recorded like everything else.
  ws.send(new Uint8Array([MESSAGE.sync, 0, 1, 0]));
  const received = () => Buffer.concat(frames);
  const saw = (text: string) => received().includes(Buffer.from(text, 'utf8'));
  return { ws, statuses, saw };
}

async function moveTo(moderator: Awaited<ReturnType<typeof device>>, phase: 'silent' | 'sharing') {
  setPhase(moderator.doc, moderator.actor, phase);
  await until(() => snapshot(moderator.doc).phase === phase, phase);
}

describe('silent writing on the wire', () => {
  it('withholds a participant’s cards from the others until the reveal, then gives them at once', async () => {
    const s = await started();
    const moderator = await device(s, await s.join('robotica', 'moderator'));
    await moveTo(moderator, 'silent');
    const paola = await s.join('robotica', 'participant', { name: 'Paola', organisation: 'Sacmi' });
    const paolaPhone = await device(s, paola);
    const paolaLaptop = await recorder(s, paola);
    const quinto = await recorder(s, await s.join('robotica', 'participant', { name: 'Quinto' }));
    const wall = await recorder(s, await s.join('robotica', 'observer'));

    const SECRET = 'Manutentore predittivo con competenze su gemelli digitali';
    addCard(paolaPhone.doc, paolaPhone.actor, { section: 'needs', text: SECRET });
    await until(
      () => snapshot(moderator.doc).sections[0]!.cards.some((c) => c.text === SECRET),
      'the moderator sees it',
    );
    await until(() => paolaLaptop.saw(SECRET), 'Paola’s other device');
    // A newcomer's whole sync answer leaves it out too.
    const late = await recorder(s, await s.join('robotica', 'participant', { name: 'Ultimo' }));
    await until(() => quinto.statuses.some((st) => st.withheld.needs === 1), 'the count');
    await until(() => late.statuses.some((st) => st.withheld.needs === 1), 'the newcomer’s count');
    expect([quinto.saw(SECRET), wall.saw(SECRET), late.saw(SECRET)]).toEqual([false, false, false]);
    expect(wall.statuses.at(-1)?.withheld.needs).toBe(1);

    await moveTo(moderator, 'sharing');
    await until(() => quinto.saw(SECRET) && wall.saw(SECRET) && late.saw(SECRET), 'the reveal');
    await until(() => quinto.statuses.at(-1)?.withheld.needs === undefined, 'no more withheld');
  });

  it('shows the participant’s own cards and everything the moderator writes', async () => {
    const s = await started();
    const moderator = await device(s, await s.join('robotica', 'moderator'));
    await moveTo(moderator, 'silent');
    const quinto = await recorder(s, await s.join('robotica', 'participant', { name: 'Quinto' }));
    const MODERATOR_CARD = 'Spunto del moderatore: tecnici di manutenzione 4.0';
    addCard(moderator.doc, moderator.actor, { section: 'needs', text: MODERATOR_CARD });
    await until(() => quinto.saw(MODERATOR_CARD), 'the moderator’s card');
  });
});
