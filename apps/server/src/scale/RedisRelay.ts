import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.js';
import type { Relay, RelayHandlers } from './Relay.js';

/** Entries kept per table stream: enough to replay a blip of several minutes. */
const STREAM_MAXLEN = 20_000;
const BLOCK_MS = 250;
const RETRY_MS = 200;

interface Subscription {
  lastId: string;
  readonly handlers: RelayHandlers;
}

const streamKey = (room: string) => `tavolo:updates:${room}`;
const presenceChannel = (room: string) => `tavolo:presence:${room}`;

/**
 * Relay on Redis: committed updates go through one Redis Stream per table (ordered, replayable:
 * an instance that loses Redis for a while reads on from the last entry it saw), presence
 * through pub/sub (ephemeral: clients resend it, and stale states expire after 30 s).
 */
export class RedisRelay implements Relay {
  private readonly instance = randomBytes(8);
  private readonly writer: Redis;
  private readonly reader: Redis;
  private readonly subscriber: Redis;
  private readonly rooms = new Map<string, Subscription>();
  private wake: (() => void) | null = null;
  private running = true;
  private readonly loop: Promise<void>;
  private healthy = true;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    const options = { maxRetriesPerRequest: null, lazyConnect: false, enableOfflineQueue: true };
    this.writer = new Redis(url, options);
    this.reader = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.writer, this.reader, this.subscriber]) {
      client.on('error', (err: Error) => this.unhealthy(err));
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const room = channel.toString().slice('tavolo:presence:'.length);
      if (message.subarray(0, 8).equals(this.instance)) return;
      this.rooms.get(room)?.handlers.awareness(new Uint8Array(message.subarray(8)));
    });
    this.loop = this.readLoop();
  }

  private unhealthy(err: Error): void {
    if (this.healthy) this.log.warn('relay_unavailable', { error: String(err) });
    this.healthy = false;
  }

  async join(room: string, handlers: RelayHandlers): Promise<() => void> {
    // Start after the newest entry: what is older is already in the store the room loads next.
    const newest = (await this.writer.xrevrange(streamKey(room), '+', '-', 'COUNT', 1))[0];
    this.rooms.set(room, { lastId: newest?.[0] ?? '0-0', handlers });
    await this.subscriber.subscribe(presenceChannel(room));
    this.wake?.();
    return () => {
      if (this.rooms.get(room)?.handlers !== handlers) return;
      this.rooms.delete(room);
      void this.subscriber.unsubscribe(presenceChannel(room)).catch(() => undefined);
    };
  }

  publishUpdates(room: string, updates: readonly Uint8Array[]): void {
    const pipeline = this.writer.pipeline();
    for (const update of updates) {
      pipeline.xadd(
        streamKey(room),
        'MAXLEN',
        '~',
        STREAM_MAXLEN,
        '*',
        'from',
        this.instance,
        'u',
        Buffer.from(update),
      );
    }
    // The updates are committed already; a failed publish is recovered by readers' resync.
    pipeline.exec().catch((err: unknown) => this.unhealthy(err as Error));
  }

  publishAwareness(room: string, update: Uint8Array): void {
    this.writer
      .publish(presenceChannel(room), Buffer.concat([this.instance, update]))
      .catch((err: unknown) => this.unhealthy(err as Error));
  }

  private async readLoop(): Promise<void> {
    while (this.running) {
      if (this.rooms.size === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
        continue;
      }
      const rooms = [...this.rooms.entries()];
      try {
        const replies = await this.reader.xreadBuffer(
          'COUNT',
          1000,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...rooms.map(([room]) => streamKey(room)),
          ...rooms.map(([, s]) => s.lastId),
        );
        if (!this.healthy) await this.recover(rooms);
        for (const [key, entries] of replies ?? []) {
          const room = key.toString().slice('tavolo:updates:'.length);
          const subscription = this.rooms.get(room);
          if (!subscription) continue;
          for (const [id, fields] of entries) {
            subscription.lastId = id.toString();
            const values = fieldMap(fields);
            if (values.from?.equals(this.instance)) continue;
            if (values.u) subscription.handlers.update(new Uint8Array(values.u));
          }
        }
      } catch (err) {
        if (!this.running) return;
        this.unhealthy(err as Error);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  /** After an outage: rooms whose missed entries were trimmed away reload from the store. */
  private async recover(rooms: Array<[string, Subscription]>): Promise<void> {
    this.healthy = true;
    this.log.info('relay_recovered', { rooms: rooms.length });
    for (const [room, subscription] of rooms) {
      const oldest = (await this.writer.xrange(streamKey(room), '-', '+', 'COUNT', 1))[0];
      if (
        oldest &&
        subscription.lastId !== '0-0' &&
        compareIds(oldest[0], subscription.lastId) > 0
      ) {
        subscription.handlers.resync();
      }
    }
  }

  async close(): Promise<void> {
    this.running = false;
    this.wake?.();
    this.reader.disconnect();
    await this.loop;
    await Promise.all([this.writer.quit(), this.subscriber.quit()]).catch(() => undefined);
  }
}

function fieldMap(fields: Buffer[]): Record<string, Buffer> {
  const map: Record<string, Buffer> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) map[fields[i]!.toString()] = fields[i + 1]!;
  return map;
}

/** Orders two stream ids ("<ms>-<seq>"). */
function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am !== bm ? am - bm : as - bs;
}
