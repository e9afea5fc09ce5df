import { cleanup, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDuration } from '../time/formatDuration.js';
import { CLOCK_OFFSET_KEY, clockOffset } from '../time/serverClock.js';
import { renderWith } from '../testing/renderBoard.js';
import { PhaseTimer } from './PhaseTimer.js';

describe('formatDuration, as the phase timer shows it', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59_001, '1:00'],
    [600_000, '10:00'],
    [3_600_000, '1:00:00'],
    [-5, '0:00'],
  ])('%d ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('clockOffset', () => {
  it('takes the server time as the midpoint of the round trip', () => {
    expect(clockOffset(1000, 1200, 5100)).toBe(4000);
  });
});

describe('PhaseTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(1_000_000);
    // This device's clock runs 30 s behind the server's.
    window.localStorage.setItem(CLOCK_OFFSET_KEY, '30000');
    vi.stubGlobal('fetch', () => new Promise(() => {}));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    window.localStorage.clear();
  });

  it('counts down from the server-time start, corrected by the clock offset', () => {
    const timer = { startedAt: 1_030_000 - 20_000, durationMs: 120_000, pausedRemainingMs: null };
    renderWith(<PhaseTimer timer={timer} phase="silent" />);
    const shown = screen.getByRole('timer');
    expect(shown.textContent).toContain('Scrittura silenziosa');
    expect(shown.textContent).toContain('1:40');
    expect(shown.textContent).toContain('in corso');
    act(() => vi.advanceTimersByTime(10_000));
    expect(shown.textContent).toContain('1:30');
  });

  it('shows a paused timer as it was left, and time up at zero', () => {
    const paused = { startedAt: null, durationMs: 65_000, pausedRemainingMs: 65_000 };
    renderWith(<PhaseTimer timer={paused} phase="voting" />);
    expect(screen.getByRole('timer').textContent).toContain('1:05');
    expect(screen.getByRole('timer').textContent).toContain('in pausa');
    const over = { startedAt: 0, durationMs: 1000, pausedRemainingMs: null };
    cleanup();
    renderWith(<PhaseTimer timer={over} phase="voting" />);
    expect(screen.getByRole('timer').textContent).toContain('0:00');
    expect(screen.getByRole('timer').textContent).toContain('tempo scaduto');
  });
});
