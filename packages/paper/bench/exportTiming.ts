// Times the event-paper exports for a full Skills Intelligence day: 12 tables, 200 cards each.
// Run from the repository root: node --import tsx packages/paper/bench/exportTiming.ts
// A benchmark measures and reports; it asserts nothing (see CONVENTIONS.md).
import { prng, type PolicyActor } from '@tavolo/board';
import { performance } from 'node:perf_hooks';
import { stdout, version } from 'node:process';
import {
  eventPaper,
  toCsv,
  toDocx,
  toMarkdown,
  toXlsx,
  type PaperTableInput,
} from '../src/index.js';
import { SKILLS_DAY } from '../src/testing/robotica.js';
import { TableBuilder, type Person } from '../src/testing/TableBuilder.js';

const TABLES = 12;
const CARDS_PER_TABLE = 200;
const PEOPLE_PER_TABLE = 25;
const RUNS = 5;

const PROFILES = [
  'Programmatore PLC',
  'Tecnico di manutenzione predittiva',
  'Data engineer per la manifattura',
  'Esperto di visione artificiale',
  'Progettista meccanico CAD',
  'Tecnico di automazione industriale',
  'Sviluppatore software embedded',
  'Specialista di cybersecurity OT',
  'Energy manager',
  'Tecnico di laboratorio chimico',
  'Operatore logistico specializzato',
  'Saldatore specializzato',
];
const TRENDS = [
  'Imprese che faticano a trovare tecnici',
  'Iscritti ai percorsi ITS',
  'Laureati STEM che lasciano la regione',
  'Posizioni aperte da oltre sei mesi',
];
const PROPOSALS = [
  'Percorsi ITS serali per lavoratori occupati',
  'Voucher per tirocini di laureandi in azienda',
  'Campagna di attrazione di talenti dall’estero',
  'Borse per dottorati industriali',
  'Orientamento nelle scuole medie sulle professioni tecniche',
];
const CLUSTERS = ['Clust-ER MECH', 'Clust-ER Innovate', 'Clust-ER Greentech', 'Clust-ER Health'];
const ACTORS: PolicyActor[] = ['region', 'its', 'universities', 'companies', 'clusters'];

function buildTable(index: number): PaperTableInput {
  const rnd = prng(index + 1);
  const id = `tavolo${index + 1}`;
  const moderator: Person = {
    id: 'mod',
    name: 'Moderatore',
    organisation: CLUSTERS[index % 4]!,
    role: 'moderator',
  };
  const t = new TableBuilder(id, `Tavolo ${index + 1}`, moderator);
  const people = Array.from({ length: PEOPLE_PER_TABLE }, (_, p) => {
    const actor: Person = {
      id: `p${p}`,
      name: `Persona ${index}-${p}`,
      organisation: `Impresa ${(index * 7 + p) % 60}`,
      role: 'participant',
    };
    t.join(actor, rnd.chance(0.7));
    return actor;
  });
  const pick = <T>(items: readonly T[]) => items[rnd.int(items.length)]!;
  const ids: Record<'needs' | 'trends' | 'proposals', string[]> = {
    needs: [],
    trends: [],
    proposals: [],
  };
  const needs = ids.needs;
  for (let c = 0; c < CARDS_PER_TABLE; c++) {
    const author = pick(people);
    const cardId = `${id}-c${c}`;
    if (c % 10 < 5) {
      t.card(author, cardId, 'needs', `${pick(PROFILES)} ${c}`, {
        skills: ['PLC', 'Python', 'lean'].slice(0, 1 + rnd.int(3)),
        level: pick(['eqf4', 'eqf5', 'its', 'degree'] as const),
        horizon: pick(['now', '1-2y', '3-5y'] as const),
        hires: rnd.int(8),
        difficulty: pick(['low', 'medium', 'high'] as const),
      });
      needs.push(cardId);
    } else if (c % 10 < 7) {
      t.card(author, cardId, 'trends', `${pick(TRENDS)} ${c}`, {
        value: rnd.int(100),
        unit: '%',
        direction: pick(['rising', 'falling', 'stable'] as const),
        source: `Indagine soci ${2020 + rnd.int(5)}`,
      });
      ids.trends.push(cardId);
    } else {
      t.card(author, cardId, 'proposals', `${pick(PROPOSALS)} ${c}`, {
        actors: [pick(ACTORS)],
        instrument: pick(['training', 'incentives', 'attraction'] as const),
        answers: [pick(needs)],
      });
      ids.proposals.push(cardId);
    }
  }
  for (let g = 0; g < 5; g++)
    t.group(`${id}-g${g}`, 'needs', `Area ${g + 1}`, needs.slice(g * 6, g * 6 + 6));
  t.merge(needs[40]!, needs[41]!).merge(needs[42]!, needs[43]!);
  // Every person spends their 3 dots in each section.
  for (const section of ['needs', 'trends', 'proposals'] as const) {
    const counts: Record<string, number> = {};
    for (let v = 0; v < PEOPLE_PER_TABLE * 3; v++) {
      const target = pick(ids[section]);
      counts[target] = (counts[target] ?? 0) + 1;
    }
    t.vote(counts);
  }
  t.conclude('Sintesi del moderatore.\n\nSecondo paragrafo.');
  return {
    title: `Tavolo ${index + 1}`,
    cluster: CLUSTERS[index % 4]!,
    area: 'Manifattura',
    ...t.close(),
  };
}

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

async function median<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  await run(); // warm-up
  const samples: { ms: number; result: T }[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await time(run));
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)]!;
}

const built = await time(() => Array.from({ length: TABLES }, (_, i) => buildTable(i)));
const tables = built.result;
const model = await median(() => eventPaper({ event: SKILLS_DAY, tables }));
const paper = model.result;
const docx = await median(() => toDocx(paper));
const xlsx = await median(() => toXlsx(paper));
const csv = await median(() => toCsv(paper));
const md = await median(() => toMarkdown(paper));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const row = (step: string, ms: number, size: string) => `| ${step} | ${ms.toFixed(0)} | ${size} |`;
stdout.write(
  [
    `Event paper export: ${TABLES} tables × ${CARDS_PER_TABLE} cards, ` +
      `${paper.counts.contributions} contributions, ${paper.counts.votes} votes; ` +
      `median of ${RUNS} runs after a warm-up, Node ${version}.`,
    '',
    '| step | median ms | output |',
    '| --- | ---: | ---: |',
    row('eventPaper (model from 12 snapshots)', model.ms, '–'),
    row('toDocx', docx.ms, kb(docx.result.byteLength)),
    row('toXlsx', xlsx.ms, kb(xlsx.result.byteLength)),
    row('toCsv', csv.ms, kb(new TextEncoder().encode(csv.result).byteLength)),
    row('toMarkdown', md.ms, kb(new TextEncoder().encode(md.result).byteLength)),
    '',
    `(Building the 12 boards through the board operations took ${built.ms.toFixed(0)} ms, once.)`,
    '',
  ].join('\n'),
);
