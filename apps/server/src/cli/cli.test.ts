import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN_KEY, type TestServer } from '../testing/startTestServer.js';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
let server: TestServer;
const work = mkdtempSync(join(tmpdir(), 'tavolo-cli-'));
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Runs the real command line as an operator would, in `work`. */
async function tavolo(args: string[], key: string | null = TEST_ADMIN_KEY) {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        cwd: SERVER_DIR,
        env: {
          ...process.env,
          TAVOLO_URL: server.httpUrl,
          TAVOLO_ADMIN_KEY: key ?? '',
          TAVOLO_DATA_DIR: join(work, 'no-data'),
          INIT_CWD: work,
        },
      },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('pnpm tavolo', () => {
  it('creates an event from YAML, invites, lists, exports, archives and deletes', async () => {
    writeFileSync(
      join(work, 'giornata.yaml'),
      [
        'title: Skills Intelligence Piacenza',
        "date: '2026-12-03'",
        'place: Tecnopolo di Piacenza',
        'organiser: ART-ER',
        'tables:',
        '  - title: Competenze per la logistica',
        '    cluster: Clust-ER INNOVATE',
        '    moderators:',
        '      - name: Chiara Lodi',
        '        organisation: Clust-ER INNOVATE',
      ].join('\n'),
    );
    const created = await tavolo(['create-event', 'giornata.yaml']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('skills-intelligence-piacenza');
    expect(created.stdout).toMatch(
      /moderatore \/ moderator \(Chiara Lodi\): http:\/\/\S+\/i\/\S+ +\(codice [A-Z2-9]{10}\)/,
    );

    const invite = await tavolo(['invite', 'competenze-per-la-logistica', '--role', 'observer']);
    expect(invite.stdout).toMatch(/\/i\/\S+\ncodice \/ code: [A-Z2-9]{10}/);
    const roles = (await server.app.catalog.invitations.list('competenze-per-la-logistica')).map(
      (i) => i.role,
    );
    expect(roles).toEqual(['moderator', 'observer']);

    const list = await tavolo(['events']);
    expect(list.stdout).toContain(
      'skills-intelligence-piacenza\t2026-12-03\tSkills Intelligence Piacenza\t1 tavoli',
    );

    const exported = await tavolo([
      'export',
      '--event',
      'skills-intelligence-piacenza',
      '--format',
      'md',
      '--out',
      'paper.md',
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(work, 'paper.md'), 'utf8')).toContain('Competenze per la logistica');
    await tavolo(['export', '--table', 'robotica']);
    // Saved under the name the server suggests: the table's title and the event's date.
    expect(readdirSync(work)).toContainEqual(
      expect.stringMatching(
        /^position-paper-competenze-per-la-robotica-industriale-\d{4}-\d{2}-\d{2}\.docx$/,
      ),
    );

    expect((await tavolo(['archive', 'skills-intelligence-piacenza'])).stdout).toContain(
      'Archiviato',
    );
    const refused = await tavolo(['delete-event', 'skills-intelligence-piacenza']);
    expect(refused.code).toBe(1);
    expect(await server.app.catalog.events.find('skills-intelligence-piacenza')).toBeDefined();
    expect((await tavolo(['delete-event', 'skills-intelligence-piacenza', '--yes'])).code).toBe(0);
    expect(await server.app.catalog.events.find('skills-intelligence-piacenza')).toBeUndefined();
  });

  it('explains bad input and a wrong key, changing nothing', async () => {
    writeFileSync(join(work, 'sbagliato.json'), JSON.stringify({ title: '', date: 'domani' }));
    const bad = await tavolo(['create-event', 'sbagliato.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('400 invalid_body');
    expect(bad.stderr).toContain('date: format:YYYY-MM-DD');
    const wrongKey = await tavolo(['events'], 'not-the-key');
    expect(wrongKey).toMatchObject({ code: 1 });
    expect(wrongKey.stderr).toContain('401 unauthorised');
    const unknown = await tavolo(['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('pnpm tavolo events');
    expect(await server.app.catalog.events.list()).toHaveLength(1);
  });
});
