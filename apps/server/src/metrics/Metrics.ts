import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Counters and gauges of one server, exposed through its own prom-client registry (one per
 * app: tests run several in one process, so nothing is registered globally).
 *
 * The sync code counts in plain fields (`metrics.updates++` on every update): the hot path stays
 * a property increment, and the registry reads the fields only when Prometheus scrapes.
 */
export class Metrics {
  connections = 0;
  rooms = 0;
  updates = 0;
  updateBytes = 0;
  awarenessMessages = 0;
  storeAppends = 0;
  storeAppendSeconds = 0;
  /** The registry GET /metrics renders: these metrics and the process's (CPU, heap, GC…). */
  readonly registry = new Registry();
  private readonly rejected = new Map<string, number>();
  private readonly closes = new Map<number, number>();
  private readonly appendSeconds: Histogram;

  constructor() {
    const registers = [this.registry];
    const gauge = (value: () => number) =>
      function (this: Gauge) {
        this.set(value());
      };
    const counter = (value: () => number) =>
      function (this: Counter) {
        this.reset();
        this.inc(value());
      };
    new Gauge({
      name: 'tavolo_connections',
      help: 'Open WebSocket connections.',
      registers,
      collect: gauge(() => this.connections),
    });
    new Gauge({
      name: 'tavolo_rooms',
      help: 'Loaded table documents.',
      registers,
      collect: gauge(() => this.rooms),
    });
    new Counter({
      name: 'tavolo_updates_total',
      help: 'Document updates committed and relayed.',
      registers,
      collect: counter(() => this.updates),
    });
    new Counter({
      name: 'tavolo_update_bytes_total',
      help: 'Bytes of committed updates.',
      registers,
      collect: counter(() => this.updateBytes),
    });
    new Counter({
      name: 'tavolo_awareness_messages_total',
      help: 'Presence messages received.',
      registers,
      collect: counter(() => this.awarenessMessages),
    });
    const byLabel = <K>(counts: Map<K, number>, label: string) =>
      function (this: Counter) {
        this.reset();
        for (const [key, n] of counts) this.inc({ [label]: String(key) }, n);
      };
    new Counter({
      name: 'tavolo_rejected_writes_total',
      help: 'Writes refused, by reason.',
      labelNames: ['reason'],
      registers,
      collect: byLabel(this.rejected, 'reason'),
    });
    new Counter({
      name: 'tavolo_closed_connections_total',
      help: 'Connections closed by the server, by close code.',
      labelNames: ['code'],
      registers,
      collect: byLabel(this.closes, 'code'),
    });
    // A histogram rather than the former summary: its buckets show the disk's flush stalls and
    // add up across instances; _sum and _count keep their names.
    this.appendSeconds = new Histogram({
      name: 'tavolo_store_append_seconds',
      help: 'Time to commit a batch of updates.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts a write refused for `reason`. */
  rejectWrite(reason: string): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  /** Counts a connection the server closed with `code`. */
  closed(code: number): void {
    this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
  }

  /** Records how long one group commit took. */
  storeAppend(seconds: number): void {
    this.storeAppends++;
    this.storeAppendSeconds += seconds;
    this.appendSeconds.observe(seconds);
  }

  /** Rejected writes by reason, for tests and the control room. */
  rejectedWrites(reason: string): number {
    return this.rejected.get(reason) ?? 0;
  }

  /** The exposition text served at GET /metrics. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The Content-Type of `render()`'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
