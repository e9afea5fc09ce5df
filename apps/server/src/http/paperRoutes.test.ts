import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../testing/api.js';
import { startTestServer, TEST_ADMIN_KEY, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function download(s: TestServer, path: string, credential: string | null) {
  const res = await fetch(`${s.httpUrl}${path}`, {
    headers: credential ? { authorization: `Bearer ${credential}` } : {},
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('paper export', () => {
  it('gives a table’s moderator its paper as DOCX, Markdown, CSV and XLSX', async () => {
    const s = (server = await startTestServer());
    const token = await s.tokenFor('robotica', 'moderator');
    const docx = await download(s, '/api/tables/robotica/paper?format=docx', token);
    expect(docx.res.status).toBe(200);
    // Named after the table's title, whole words, and the event's date; UTF-8 in filename* too.
    expect(docx.res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="position-paper-competenze-per-la-robotica-industriale-(\d{4}-\d{2}-\d{2})\.docx"; filename\*=UTF-8''position-paper-competenze-per-la-robotica-industriale-\1\.docx$/,
    );
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');

    const md = await download(s, '/api/tables/robotica/paper?format=md', token);
    const text = md.bytes.toString('utf8');
    expect(text).toContain('Competenze per la robotica industriale');
    expect(text).toContain('Tecnico di integrazione robotica');
    // Names only with consent: the demo's authors never registered a consent.
    expect(text).not.toContain('Laura Bassi');

    // The catalogue knows the organiser only: it is named once, and no promoters' line repeats it.
    expect(text.match(/^- \*\*(Promotori|Segreteria organizzativa):\*\* .*$/gm)).toEqual([
      '- **Segreteria organizzativa:** Regione Emilia-Romagna e ART-ER',
    ]);

    const en = await download(s, '/api/tables/robotica/paper?format=md&lang=en', token);
    expect(en.bytes.toString('utf8')).toMatch(/Skill needs/);
    const csv = await download(s, '/api/tables/robotica/paper?format=csv', token);
    expect(csv.bytes.toString('utf8')).toContain('Officine Meccaniche Reggiane');
    const xlsx = await download(s, '/api/tables/robotica/paper?format=xlsx', token);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('gives the secretariat the whole event’s paper', async () => {
    const s = (server = await startTestServer());
    const events = await fetch(`${s.httpUrl}/api/events`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` },
    });
    const [event] = ((await events.json()) as { events: Array<{ id: string }> }).events;
    const md = await download(s, `/api/events/${event!.id}/paper?format=md`, TEST_ADMIN_KEY);
    expect(md.res.status).toBe(200);
    expect(md.res.headers.get('content-disposition')).toMatch(
      /filename="position-paper-skills-intelligence-emilia-romagna-\d{4}-\d{2}-\d{2}\.md"/,
    );
    const text = md.bytes.toString('utf8');
    expect(text).toContain('Competenze per la robotica industriale');
    expect(text).toContain('Competenze per le applicazioni oleodinamiche');
  });

  it('exports an event created without its optional place and organiser, in every format', async () => {
    const s = (server = await startTestServer());
    const created = await api(s, 'POST', '/api/events', {
      title: 'Senza luogo',
      date: '2026-11-19',
      tables: [{ title: 'Competenze digitali' }],
    });
    expect(created.status).toBe(201);
    for (const format of ['docx', 'md', 'csv', 'xlsx']) {
      const event = await download(
        s,
        `/api/events/${created.body.id}/paper?format=${format}`,
        TEST_ADMIN_KEY,
      );
      expect({ format, status: event.res.status }).toEqual({ format, status: 200 });
      const table = await download(
        s,
        `/api/tables/competenze-digitali/paper?format=${format}`,
        TEST_ADMIN_KEY,
      );
      expect({ format, status: table.res.status }).toEqual({ format, status: 200 });
    }
  });

  it('answers 409 no_tables for the paper of an event without tables', async () => {
    const s = (server = await startTestServer());
    const created = await api(s, 'POST', '/api/events', { title: 'Vuoto', date: '2026-11-19' });
    const res = await download(s, `/api/events/${created.body.id}/paper?format=md`, TEST_ADMIN_KEY);
    expect(res.res.status).toBe(409);
    expect(JSON.parse(res.bytes.toString())).toMatchObject({ code: 'no_tables' });
  });

  it.each([
    ['a participant', (s: TestServer) => s.tokenFor('robotica', 'participant'), 403],
    ['an observer', (s: TestServer) => s.tokenFor('robotica', 'observer'), 403],
    ['another table’s moderator', (s: TestServer) => s.tokenFor('oleodinamica'), 403],
    ['nobody', async () => null, 401],
  ])('refuses %s', async (_who, credential, status) => {
    const s = (server = await startTestServer());
    const res = await download(s, '/api/tables/robotica/paper?format=md', await credential(s));
    expect(res.res.status).toBe(status);
  });

  it('refuses an unknown format with a field error', async () => {
    const s = (server = await startTestServer());
    const token = await s.tokenFor('robotica');
    const res = await download(s, '/api/tables/robotica/paper?format=pdf', token);
    expect(res.res.status).toBe(400);
    expect(JSON.parse(res.bytes.toString())).toMatchObject({
      fields: { format: expect.any(String) },
    });
  });
});
