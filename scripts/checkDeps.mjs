// Fails when an import breaks the dependency direction of CONVENTIONS.md or closes a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which workspace packages each workspace package may import. */
export const ALLOWED = {
  '@tavolo/board': [],
  '@tavolo/paper': ['@tavolo/board'],
  '@tavolo/server': ['@tavolo/board', '@tavolo/paper'],
  '@tavolo/web': ['@tavolo/board'],
  '@tavolo/e2e': [],
  '@tavolo/bench': ['@tavolo/board', '@tavolo/paper', '@tavolo/server'],
};

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'dist', '.tsbuild', 'test-results', 'artifacts', 'data']);
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Workspace packages under `root`: their name, folder and source files. */
export function findPackages(root) {
  const packages = [];
  for (const group of ['apps', 'packages']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) packages.push(join(base, name));
  }
  for (const single of ['e2e', 'bench']) packages.push(join(root, single));
  return packages
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      name: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name,
      dir,
      files: listFiles(dir),
    }));
}

function resolveRelative(from, spec) {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(js|mjs)$/, '');
  const candidates = [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    `${stem}.mjs`,
    `${stem}.js`,
  ];
  candidates.push(join(base, 'index.ts'), join(base, 'index.tsx'));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every import of every workspace source file, checked; returns the problems found. */
export function checkWorkspace(root) {
  const packages = findPackages(root);
  const byName = new Map(packages.map((p) => [p.name, p]));
  const owner = (file) => packages.find((p) => file.startsWith(p.dir + sep));
  const problems = [];
  const graph = new Map();

  for (const pkg of packages) {
    const allowed = ALLOWED[pkg.name];
    if (!allowed) problems.push(`${pkg.name}: not listed in scripts/checkDeps.mjs ALLOWED`);
    for (const file of pkg.files) {
      const edges = [];
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const spec = match[1] ?? match[2];
        const where = relative(root, file);
        if (spec.startsWith('.')) {
          const target = resolveRelative(file, spec);
          if (!target) continue;
          const targetPkg = owner(target);
          if (targetPkg !== pkg) {
            problems.push(`${where}: reaches into ${relative(root, target)} by relative path`);
            continue;
          }
          edges.push(target);
        } else if (spec.startsWith('@tavolo/')) {
          const name = spec.split('/').slice(0, 2).join('/');
          if (!allowed?.includes(name)) {
            problems.push(`${where}: ${pkg.name} may not import ${name}`);
            continue;
          }
          if (spec !== name) problems.push(`${where}: import ${name}, not its inner file ${spec}`);
          const target =
            byName.get(name) && resolveRelative(join(byName.get(name).dir, 'x'), './src/index.ts');
          if (target) edges.push(target);
        }
      }
      graph.set(file, edges);
    }
  }
  for (const cycle of findCycles(graph)) {
    problems.push(`import cycle: ${cycle.map((f) => relative(root, f)).join(' -> ')}`);
  }
  return problems;
}

/** Cycles in a directed graph, each reported once, as the list of nodes around it. */
export function findCycles(graph) {
  const state = new Map();
  const stack = [];
  const cycles = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkWorkspace(root);
  if (problems.length > 0) {
    console.error(`Dependency check failed (${problems.length}):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log('Dependency check: no cycles, every import follows the dependency direction.');
}
