import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../testing/renderWithApp.js';
import { NoObserverPage } from './NoObserverPage.js';

afterEach(cleanup);

function open(language?: 'en') {
  const navigate = vi.fn();
  renderWithApp(<NoObserverPage tableId="robotica" navigate={navigate} />, { language });
  return navigate;
}

describe('the projector without an observer invitation', () => {
  it('says an observer invitation is needed, not that the connection failed', () => {
    open();
    expect(
      screen.getByRole('heading', { name: 'Il proiettore si apre con un invito da osservatore' }),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Nome e cognome')).toBeNull();
    expect(screen.queryByText(/connessione/)).toBeNull();
    expect(screen.getByRole('link', { name: /Entra dalla bacheca/ }).getAttribute('href')).toBe(
      '/t/robotica',
    );
  });

  it('opens a pasted invitation link or code', async () => {
    const navigate = open();
    const field = screen.getByLabelText('Link o codice dell’invito da osservatore');
    await userEvent.type(field, 'https://tavolo.test/i/abc.def');
    await userEvent.click(screen.getByRole('button', { name: 'Apri il proiettore' }));
    expect(navigate).toHaveBeenLastCalledWith('/i/abc.def');
    await userEvent.clear(field);
    await userEvent.type(field, 'k7qm2-xr8tp');
    await userEvent.click(screen.getByRole('button', { name: 'Apri il proiettore' }));
    expect(navigate).toHaveBeenLastCalledWith('/entra?codice=K7QM2XR8TP');
  });

  it('says what to paste when it is not an invitation, and goes nowhere', async () => {
    const navigate = open('en');
    await userEvent.type(screen.getByLabelText('Observer invitation link or code'), 'hello');
    await userEvent.click(screen.getByRole('button', { name: 'Open the projector' }));
    expect(screen.getByText(/That is not an invitation/)).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });
});
