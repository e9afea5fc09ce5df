/** How long an edit may take to reach a receiver before it counts as undelivered. */
export const DELIVERY_DEADLINE_MS = 5000;

/**
 * Latency and delivery bookkeeping of one step, indexed by the edit index in each marker.
 * Every receiver reports each marker it sees; the time from send to receipt is one sample.
 */
export class Recorder {
  private readonly sentAt: Float64Array;
  private readonly expected: Int32Array;
  private readonly delivered: Int32Array;
  private readonly sender: Int32Array;
  private readonly measured: Uint8Array;
  private samples = new Float64Array(1 << 16);
  private count = 0;
  awarenessMessages = 0;
  editsSent = 0;

  /** `capacity` edits whose marker indexes start at `first`. */
  constructor(
    capacity: number,
    private readonly first = 0,
  ) {
    this.sentAt = new Float64Array(capacity);
    this.expected = new Int32Array(capacity);
    this.delivered = new Int32Array(capacity);
    this.sender = new Int32Array(capacity).fill(-1);
    this.measured = new Uint8Array(capacity);
  }

  /** An edit was sent by client `from`; `receivers` other clients should see it. */
  sent(edit: number, from: number, micros: number, receivers: number, measured: boolean): void {
    const index = edit - this.first;
    // An edit left over from an earlier step is sent but not measured.
    if (index < 0 || index >= this.sender.length) return;
    this.sentAt[index] = micros;
    this.sender[index] = from;
    this.expected[index] = receivers;
    this.measured[index] = measured ? 1 : 0;
    if (measured) this.editsSent++;
  }

  /** Client `by` received the edit `index` stamped `sentMicros` at `nowMicros`. */
  received(edit: number, by: number, sentMicros: number, nowMicros: number): void {
    const index = edit - this.first;
    if (index < 0 || index >= this.sender.length) return;
    if (this.sender[index] === by || !this.measured[index]) return;
    const ms = (nowMicros - sentMicros) / 1000;
    if (ms <= DELIVERY_DEADLINE_MS) this.delivered[index]!++;
    if (this.count === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.count++] = ms;
  }

  /** True when every measured edit reached every receiver it should. */
  get complete(): boolean {
    for (let i = 0; i < this.measured.length; i++) {
      if (this.measured[i] && this.delivered[i]! < this.expected[i]!) return false;
    }
    return true;
  }

  /** Latency percentiles (ms) and deliveries missing after the deadline. */
  summary() {
    const sorted = this.samples.slice(0, this.count).sort();
    const pick = (q: number) =>
      sorted.length === 0
        ? NaN
        : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    let expected = 0;
    let delivered = 0;
    for (let i = 0; i < this.measured.length; i++) {
      if (!this.measured[i]) continue;
      expected += this.expected[i]!;
      delivered += Math.min(this.delivered[i]!, this.expected[i]!);
    }
    return {
      edits: this.editsSent,
      deliveries: expected,
      samples: this.count,
      p50: pick(0.5),
      p99: pick(0.99),
      p999: pick(0.999),
      max: sorted.length === 0 ? NaN : sorted[sorted.length - 1]!,
      undelivered: expected - delivered,
    };
  }
}

export type LatencySummary = ReturnType<Recorder['summary']>;
