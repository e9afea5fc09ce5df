import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, LAURA, memoryBoard, renderWith } from '../testing/renderBoard.js';
import { ConsentSwitch } from './ConsentSwitch.js';

afterEach(cleanup);

describe('ConsentSwitch', () => {
  it('shows the answer the server holds and sends a change to it', async () => {
    const connection = fakeConnection(memoryBoard(), LAURA, {
      laura: { role: 'participant', name: 'Laura Bassi', consent: false },
    });
    const setConsent = vi.fn(async () => {});
    Object.assign(connection, { setConsent });
    renderWith(<ConsentSwitch />, { connection });
    const box = screen.getByRole('checkbox', {
      name: 'Acconsento a essere nominato nel position paper',
    });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.click(box);
    expect(setConsent).toHaveBeenCalledWith(true);
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('says so when the change could not be saved, and shows the answer held', async () => {
    const connection = fakeConnection(memoryBoard(), LAURA, {
      laura: { role: 'participant', consent: true },
    });
    Object.assign(connection, { setConsent: vi.fn(async () => Promise.reject(new Error('x'))) });
    renderWith(<ConsentSwitch />, { connection });
    const box = screen.getByRole('checkbox') as HTMLInputElement;
    await userEvent.click(box);
    expect(screen.getByRole('alert').textContent).toBe(
      'Non è stato possibile salvare la tua scelta: riprova.',
    );
    expect(box.checked).toBe(true);
  });

  it('is not offered to the projector', () => {
    const connection = fakeConnection(memoryBoard(), { id: 'wall', role: 'observer' });
    renderWith(<ConsentSwitch />, { connection });
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
