import type { Page } from '@playwright/test';

/**
 * A finger on a touch screen, through Chromium's input domain: real touchstart, touchmove and
 * touchend events, as a tablet sends them (Playwright itself only taps).
 */
export async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
    });
  let at = { x: 0, y: 0 };
  return {
    async down(x: number, y: number) {
      at = { x, y };
      await send('touchStart', x, y);
    },
    /** Slides to (x, y) in `steps` moves, as a finger does. */
    async move(x: number, y: number, steps = 8) {
      const from = at;
      for (let i = 1; i <= steps; i++) {
        at = { x: from.x + ((x - from.x) * i) / steps, y: from.y + ((y - from.y) * i) / steps };
        await send('touchMove', at.x, at.y);
      }
    },
    async up() {
      await send('touchEnd', at.x, at.y);
    },
  };
}
