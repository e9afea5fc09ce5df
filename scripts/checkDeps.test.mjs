import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, findCycles } from './checkDeps.mjs';

function workspace(files) {
  const root = mkdtempSync(join(tmpdir(), 'checkdeps-'));
  const all = {
    'packages/board/package.json': '{"name":"@tavolo/board"}',
    'packages/board/src/index.ts': "export * from './a.js';",
    'packages/board/src/a.ts': 'export const a = 1;',
    'packages/paper/package.json': '{"name":"@tavolo/paper"}',
    'packages/paper/src/index.ts': "import { a } from '@tavolo/board';",
    'apps/web/package.json': '{"name":"@tavolo/web"}',
    'apps/web/src/main.tsx': "import { a } from '@tavolo/board';",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('checkWorkspace', () => {
  it('accepts imports that follow the dependency direction', () => {
    expect(checkWorkspace(workspace({}))).toEqual([]);
  });

  it.each([
    [
      'board importing paper',
      'packages/board/src/a.ts',
      "import { x } from '@tavolo/paper';",
      /may not import @tavolo\/paper/,
    ],
    [
      'web importing paper',
      'apps/web/src/x.ts',
      "import type { X } from '@tavolo/paper';",
      /may not import/,
    ],
    [
      'web importing the server',
      'apps/web/src/x.ts',
      "import '@tavolo/server';",
      /may not import @tavolo\/server/,
    ],
    [
      'a relative reach into another package',
      'apps/web/src/x.ts',
      "export { a } from '../../../packages/board/src/a.js';",
      /by relative path/,
    ],
    [
      'an inner file of a package',
      'packages/paper/src/x.ts',
      "import { a } from '@tavolo/board/src/a';",
      /not its inner file/,
    ],
    ['a cycle', 'packages/board/src/a.ts', "import './b.js'; export const a = 1;", /import cycle/],
  ])('rejects %s', (_name, path, text, message) => {
    const files = { [path]: text };
    if (path === 'packages/board/src/a.ts' && text.includes('./b.js')) {
      files['packages/board/src/b.ts'] = "import { a } from './a.js';";
    }
    const problems = checkWorkspace(workspace(files));
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('findCycles', () => {
  it('finds a cycle once and ignores a diamond', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['d']],
      ['c', ['d']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'd', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['d']],
          ['c', ['d']],
          ['d', []],
        ]),
      ),
    ).toEqual([]);
  });
});
