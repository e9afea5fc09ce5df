/** Counters and gauges of one server, rendered in the Prometheus text format. */
export class Metrics {
  connections = 0;
  rooms = 0;
  updates = 0;
  updateBytes = 0;
  awarenessMessages = 0;
  storeAppends = 0;
  storeAppendSeconds = 0;
  private readonly rejected = new Map<string, number>();
  private readonly closes = new Map<number, number>();

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
  }

  /** Rejected writes by reason, for tests and the control room. */
  rejectedWrites(reason: string): number {
    return this.rejected.get(reason) ?? 0;
  }

  /** The exposition text served at GET /metrics. */
  render(): string {
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, samples: Array<[string, number]>) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
    };
    metric('tavolo_connections', 'gauge', 'Open WebSocket connections.', [['', this.connections]]);
    metric('tavolo_rooms', 'gauge', 'Loaded table documents.', [['', this.rooms]]);
    metric('tavolo_updates_total', 'counter', 'Document updates committed and relayed.', [
      ['', this.updates],
    ]);
    metric('tavolo_update_bytes_total', 'counter', 'Bytes of committed updates.', [
      ['', this.updateBytes],
    ]);
    metric('tavolo_awareness_messages_total', 'counter', 'Presence messages received.', [
      ['', this.awarenessMessages],
    ]);
    metric('tavolo_store_append_seconds', 'summary', 'Time to commit a batch of updates.', [
      ['_sum', this.storeAppendSeconds],
      ['_count', this.storeAppends],
    ]);
    metric(
      'tavolo_rejected_writes_total',
      'counter',
      'Writes refused, by reason.',
      [...this.rejected].map(([reason, n]) => [`{reason="${reason}"}`, n]),
    );
    metric(
      'tavolo_closed_connections_total',
      'counter',
      'Connections closed by the server, by close code.',
      [...this.closes].map(([code, n]) => [`{code="${code}"}`, n]),
    );
    return lines.join('\n') + '\n';
  }
}
