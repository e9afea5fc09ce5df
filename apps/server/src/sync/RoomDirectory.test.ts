import { addCard, setAnonymity, type Directory } from '@tavolo/board';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { privateTable, SENTINEL, type PrivateTable } from '../testing/privateTable.js';
import { RawRecorder } from '../testing/RawRecorder.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';
import { MESSAGE } from './protocol.js';

let server: TestServer | null = null;
let table: PrivateTable | null = null;
afterEach(async () => {
  table?.close();
  await server?.stop();
  server = table = null;
});

/** The people of the last directory message a recorder received. */
function lastDirectory(r: RawRecorder): Directory {
  const frame = r.framesOfType(MESSAGE.directory).at(-1)!;
  const decoder = decoding.createDecoder(new Uint8Array(frame));
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE.directory);
  const message = JSON.parse(decoding.readVarString(decoder)) as { people: Directory };
  expect(decoding.hasContent(decoder)).toBe(false);
  return message.people;
}

describe('the directory a connection receives', () => {
  it('follows the moderator’s anonymity and organisation switches, live', async () => {
    const s = (server = await startTestServer());
    const t = (table = await privateTable(s, { anonymous: false, showOrganisations: true }));
    const { ada, mod, tecla } = t.people;
    const r = new RawRecorder(s.url, t.tableId, tecla!.token);
    await until(() => r.framesOfType(MESSAGE.directory).length === 1, 'a directory');
    expect(lastDirectory(r)[ada!.id]).toEqual({
      role: 'participant',
      name: ada!.name,
      organisation: ada!.organisation,
    });
    // Herself whole, consent included; nobody else's consent.
    expect(lastDirectory(r)[tecla!.id]).toMatchObject({ consent: false, name: tecla!.name });
    expect(lastDirectory(r)[ada!.id]).not.toHaveProperty('consent');

    const moderator = { id: mod!.id, role: 'moderator' as const };
    const switchTo = (anonymous: boolean, showOrganisations: boolean) =>
      s.app.rooms.change(t.tableId, (doc) =>
        setAnonymity(doc, moderator, anonymous, showOrganisations),
      );
    await switchTo(true, true);
    await until(() => r.framesOfType(MESSAGE.directory).length === 2, 'an anonymous directory');
    expect(lastDirectory(r)[ada!.id]).toEqual({
      role: 'participant',
      organisation: ada!.organisation,
    });
    await switchTo(true, false);
    await until(() => r.framesOfType(MESSAGE.directory).length === 3, 'organisations hidden');
    expect(lastDirectory(r)[ada!.id]).toEqual({ role: 'participant' });
    expect(lastDirectory(r)[tecla!.id]).toMatchObject({ name: tecla!.name });
    r.close();
  });

  it('is sent again only when what the connection may see changed', async () => {
    const s = (server = await startTestServer());
    const t = (table = await privateTable(s, { anonymous: true, showOrganisations: false }));
    const { bea, mod, tecla } = t.people;
    const r = new RawRecorder(s.url, t.tableId, tecla!.token);
    const moderator = new RawRecorder(s.url, t.tableId, mod!.token);
    const count = (x: RawRecorder) => x.framesOfType(MESSAGE.directory).length;
    await until(() => count(r) === 1 && count(moderator) === 1, 'directories');
    // Bea says yes: the moderator sees it; a participant at an anonymous table sees no more.
    await s.app.catalog.people.setConsent(t.tableId, bea!.id, true);
    await until(() => count(moderator) === 2, 'the moderator told');
    await s.app.rooms.change(t.tableId, (doc) =>
      addCard(doc, { id: mod!.id, role: 'moderator' }, { section: 'needs', text: SENTINEL }),
    );
    await until(() => r.has(SENTINEL), 'everything sent before the sentinel');
    expect(count(r)).toBe(1);
    // Tecla changes her mind: her own entry changes, so she hears of it.
    await s.app.catalog.people.setConsent(t.tableId, tecla!.id, true);
    await until(() => count(r) === 2, 'her own consent');
    expect(lastDirectory(r)[tecla!.id]).toMatchObject({ consent: true });
    r.close();
    moderator.close();
  });
});
