import type { Actor } from '@tavolo/board';
import { EditSource, type GeneratedEdit } from '../clients/edits.js';
import { framingFor } from '../clients/framing.js';
import { LoadClient } from '../clients/LoadClient.js';
import { nowMicros } from '../clients/marker.js';
import { Recorder } from '../clients/Recorder.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { clientUrl } from '../servers/targets.js';

/** Latency of the probe's edits sent within one phase of a run. */
export interface PhaseLatency {
  readonly phase: string;
  readonly edits: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Edits the reader never received before the end of the run. */
  readonly lost: number;
}

/** Keeps every received edit's latency, by index, besides the Recorder's own bookkeeping. */
class KeepingRecorder extends Recorder {
  readonly latencyMs = new Map<number, number>();

  override received(edit: number, by: number, sentMicros: number, now: number): void {
    super.received(edit, by, sentMicros, now);
    if (!this.latencyMs.has(edit)) this.latencyMs.set(edit, (now - sentMicros) / 1000);
  }
}

const pct = (xs: number[], q: number) =>
  xs.length === 0
    ? NaN
    : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/**
 * Two honest participants at a table: one edits every `gapMs` (a card, a rewrite, a comment,
 * as in W1), the other receives. The edit-to-remote latency, split by the phase the edit was
 * sent in, shows whether the server kept serving this table while it was under attack.
 */
export class EchoProbe {
  private readonly recorder: KeepingRecorder;
  private readonly phaseOf = new Map<number, string>();
  private readonly edits: GeneratedEdit[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private sent = 0;
  private closedByServer: Array<number | null> = [null, null];
  phase = 'before';

  private constructor(
    private readonly writer: LoadClient,
    private readonly reader: LoadClient,
    source: EditSource,
    capacity: number,
    private readonly gapMs: number,
  ) {
    this.edits = source.next(capacity, 0);
    source.destroy();
    this.recorder = new KeepingRecorder(capacity, 0);
    writer.recorder = this.recorder;
    reader.recorder = this.recorder;
  }

  /** Seats the two people at `tableId` (whose document is `base`) and connects them. */
  static async open(
    server: ServerProcess,
    tableId: string,
    base: Uint8Array,
    options: { clientId: number; edits: number; gapMs: number },
  ): Promise<EchoProbe> {
    const people = [0, 1].map((i) => ({ name: `Sonda ${i}`, organisation: 'Bench' }));
    const [w, r] = await server.guests.join(tableId, 'participant', people);
    const framing = framingFor(server.kind, tableId);
    const actor: Actor = {
      id: w!.participantId,
      role: 'participant',
    };
    const source = new EditSource(base, actor, options.clientId, framing, options.clientId);
    const writer = new LoadClient(
      clientUrl(server, tableId, w!.token),
      framing,
      0,
      options.clientId,
      null,
    );
    const reader = new LoadClient(
      clientUrl(server, tableId, r!.token),
      framing,
      1,
      options.clientId + 1,
      null,
    );
    for (const c of [writer, reader]) {
      await c.connect();
      await c.synced;
    }
    return new EchoProbe(writer, reader, source, options.edits, options.gapMs);
  }

  /** Starts editing (until `stop` or its edits run out). */
  start(): void {
    this.timer = setInterval(() => {
      if (this.sent >= this.edits.length || !this.writer.isOpen) return;
      const edit = this.edits[this.sent++]!;
      const micros = this.writer.sendEdit(edit);
      this.phaseOf.set(edit.index, this.phase);
      this.recorder.sent(edit.index, 0, micros, 1, true);
    }, this.gapMs);
  }

  /** Stops editing, waits up to `graceMs` for what is in flight, and closes both clients. */
  async stop(graceMs: number): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.closedByServer = [this.writer.closeCode, this.reader.closeCode];
    const deadline = nowMicros() / 1000 + graceMs;
    while (this.recorder.latencyMs.size < this.sent && nowMicros() / 1000 < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await Promise.all([this.writer.closed(), this.reader.closed()]);
  }

  /** Close codes of the probe's sockets when the server closed them during the run (null: open). */
  get closeCodes(): Array<number | null> {
    return this.closedByServer;
  }

  /** Latency of the edits sent in each phase, in the order phases began. */
  byPhase(): PhaseLatency[] {
    const phases = [...new Set(this.phaseOf.values())];
    return phases.map((phase) => {
      const indexes = [...this.phaseOf].filter(([, p]) => p === phase).map(([i]) => i);
      const got = indexes.map((i) => this.recorder.latencyMs.get(i)).filter((x) => x !== undefined);
      return {
        phase,
        edits: indexes.length,
        p50: pct(got, 0.5),
        p99: pct(got, 0.99),
        max: got.length ? Math.max(...got) : NaN,
        lost: indexes.length - got.length,
      };
    });
  }
}
