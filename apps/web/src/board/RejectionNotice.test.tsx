import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeConnection, LAURA, memoryBoard, renderWith } from '../testing/renderBoard.js';
import { RejectionNotice } from './RejectionNotice.js';

afterEach(cleanup);

const REJECTED = [
  { root: 'cards', key: 'c1', reason: 'board_locked' },
  { root: 'votes', key: 'v1', reason: 'over_budget' },
];

describe('RejectionNotice', () => {
  it('says which edits the server did not accept and why, until dismissed', async () => {
    const connection = fakeConnection(memoryBoard('voting'), LAURA, undefined, {
      withheld: {},
      rejected: REJECTED,
    });
    renderWith(<RejectionNotice />, { connection });
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('2 tue modifiche non sono state accettate');
    expect(notice.textContent).toContain('Un contributo: la bacheca è bloccata dal moderatore');
    expect(notice.textContent).toContain('Un voto: hai già usato tutti i voti a disposizione');
    await userEvent.click(screen.getByRole('button', { name: 'Ho capito' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks English too, and names an unknown reason plainly', () => {
    const connection = fakeConnection(memoryBoard('closed'), LAURA, undefined, {
      withheld: {},
      rejected: [{ root: 'comments', key: 'k', reason: 'something_new' }],
    });
    renderWith(<RejectionNotice />, { connection, language: 'en' });
    expect(screen.getByRole('alert').textContent).toContain('One of your changes was not accepted');
    expect(screen.getByRole('alert').textContent).toContain('A comment: not allowed right now');
  });

  it('shows nothing when every edit was accepted', () => {
    const connection = fakeConnection(memoryBoard(), LAURA);
    renderWith(<RejectionNotice />, { connection });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
