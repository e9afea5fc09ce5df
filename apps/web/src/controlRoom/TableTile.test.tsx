import {
  addCard,
  castVote,
  IDLE_TIMER,
  initTable,
  setPhase,
  snapshot,
  type Actor,
  type BoardSnapshot,
} from '@tavolo/board';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderWithApp } from '../testing/renderWithApp.js';
import type { AgendaStatus } from './behindAgenda.js';
import { TableTile } from './TableTile.js';
import { sectionCounts, topItems } from './tableFigures.js';

const MODERATOR: Actor = { id: 'm', role: 'moderator' };
const person = (id: string): Actor => ({ id, role: 'participant' });

/** A skill-needs board in sharing with three needs and a proposal, and some votes. */
function board(): BoardSnapshot {
  const doc = new Y.Doc();
  initTable(doc, {
    tableId: 'robotica',
    title: 'Robotica',
    templateId: 'skillNeeds',
    phase: 'sharing',
  });
  const a = addCard(doc, person('a'), { section: 'needs', text: 'Tecnico PLC' }, { now: 1 });
  const b = addCard(doc, person('b'), { section: 'needs', text: 'Manutentore' }, { now: 2 });
  addCard(doc, person('c'), { section: 'needs', text: 'Saldatore' }, { now: 3 });
  const p = addCard(doc, person('a'), { section: 'proposals', text: 'ITS serali' }, { now: 4 });
  setPhase(doc, MODERATOR, 'voting');
  castVote(doc, person('b'), a, { now: 5 });
  castVote(doc, person('c'), a, { now: 6 });
  castVote(doc, person('a'), b, { now: 7 });
  castVote(doc, person('b'), p, { now: 8 });
  castVote(doc, person('c'), p, { now: 9 });
  castVote(doc, person('a'), p, { now: 10 });
  return snapshot(doc);
}

const ON_TIME: AgendaStatus = { plannedEnd: null, lateByMs: 0, timerOver: false, behind: false };

function renderTile(agenda: AgendaStatus, snap = board()) {
  renderWithApp(
    <TableTile
      title="Competenze per la robotica industriale"
      subtitle="Clust-ER MECH"
      live={{ tableId: 'robotica', status: 'live', board: snap, online: 4 }}
      agenda={agenda}
      serverNow={0}
      formatTime={(ms) => `T${ms}`}
    />,
  );
  return screen.getByRole('article', { name: 'Competenze per la robotica industriale' });
}

afterEach(cleanup);

describe('figures of a table', () => {
  it('counts contributions per section and ranks the most voted across sections', () => {
    const snap = board();
    expect(sectionCounts(snap).map((s) => [s.id, s.count])).toEqual([
      ['needs', 3],
      ['trends', 0],
      ['proposals', 1],
    ]);
    expect(topItems(snap, 2).map((i) => [i.text, i.votes])).toEqual([
      ['ITS serali', 3],
      ['Tecnico PLC', 2],
    ]);
  });
});

describe('a table tile', () => {
  it('shows phase, participants online, contributions per section and the top items', () => {
    const tile = renderTile(ON_TIME);
    expect(within(tile).getByText('Votazione')).toBeTruthy();
    expect(within(tile).getByText('4 partecipanti collegati')).toBeTruthy();
    expect(within(tile).getByText('4 contributi')).toBeTruthy();
    const needs = within(tile).getByText('Fabbisogni di competenze').closest('li');
    expect(needs?.textContent).toBe('Fabbisogni di competenze3');
    const top = within(tile)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol'));
    expect(top.map((li) => li.textContent)).toEqual([
      'ITS serali3 voti',
      'Tecnico PLC2 voti',
      'Manutentore1 voto',
    ]);
    expect(within(tile).getByText('Nessun programma impostato')).toBeTruthy();
    expect(within(tile).queryByText(/ritardo|scaduto/)).toBeNull();
  });

  it('says in words when a table is late on its agenda', () => {
    const tile = renderTile({
      plannedEnd: 1000,
      lateByMs: 12 * 60_000,
      timerOver: false,
      behind: true,
    });
    expect(within(tile).getByText('In ritardo di 12 min sul programma')).toBeTruthy();
    expect(within(tile).getByText('Fine prevista della fase: T1000')).toBeTruthy();
    expect(tile.className).toContain('tile-behind');
  });

  it('says in words when the phase time is up', () => {
    const snap = { ...board(), timer: { ...IDLE_TIMER, startedAt: -60_000, durationMs: 60_000 } };
    const tile = renderTile({ plannedEnd: null, lateByMs: 0, timerOver: true, behind: true }, snap);
    expect(within(tile).getByText('Tempo della fase scaduto')).toBeTruthy();
    expect(within(tile).getByText('0:00')).toBeTruthy();
    expect(within(tile).getByText('tempo scaduto')).toBeTruthy();
  });
});
