import type { Page } from '@playwright/test';

/**
 * Everything a page receives over the network: every WebSocket frame and every API answer.
 * Attach it before the page opens the app, so nothing arrives unrecorded.
 */
export class Wiretap {
  private readonly received: Buffer[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        this.received.push(typeof payload === 'string' ? Buffer.from(payload) : payload);
      });
    });
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      this.pending.push(
        response.body().then(
          (body) => void this.received.push(body),
          () => undefined,
        ),
      );
    });
  }

  /** Whether the UTF-8 bytes of `text` arrived in any frame or answer so far. */
  async heard(text: string): Promise<boolean> {
    await Promise.all(this.pending);
    const needle = Buffer.from(text, 'utf8');
    return this.received.some((chunk) => chunk.includes(needle));
  }

  /** How many WebSocket frames and answers arrived. */
  get count(): number {
    return this.received.length;
  }
}
