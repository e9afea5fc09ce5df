import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, initTable, snapshot } from '@tavolo/board';
import { escapeMarkdown, toMarkdown } from './toMarkdown.js';

const author = {
  id: 'p1',
  name: 'Anna',
  organisation: 'Ducati Energia',
  role: 'moderator' as const,
};

describe('toMarkdown', () => {
  it('writes every section with its cards, numbered, with organisations', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'Robotica industriale', templateId: 'skillNeeds' });
    addCard(doc, author, { section: 'needs', text: 'Programmatore PLC' }, { now: 1 });
    addCard(doc, author, { section: 'needs', text: 'Tecnico di visione artificiale' }, { now: 2 });
    addCard(doc, author, { section: 'proposals', text: 'Più corsi ITS serali' }, { now: 3 });
    expect(toMarkdown(snapshot(doc))).toBe(
      [
        '# Robotica industriale',
        '',
        '_Bozza generata da Tavolo, da rivedere prima della diffusione._',
        '',
        '## Fabbisogni di competenze',
        '',
        '1. Programmatore PLC (Ducati Energia)',
        '2. Tecnico di visione artificiale (Ducati Energia)',
        '',
        '## Dati e tendenze',
        '',
        'Nessun contributo.',
        '',
        '## Proposte operative',
        '',
        '1. Più corsi ITS serali (Ducati Energia)',
        '',
      ].join('\n'),
    );
  });

  it('writes English section titles on request', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds' });
    expect(toMarkdown(snapshot(doc), 'en')).toContain('## Operational proposals');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['riga uno\nriga due', 'riga uno riga due'],
    ['<script>', '\\<script\\>'],
  ])('%j -> %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
