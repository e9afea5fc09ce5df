import { describe, expect, it } from 'vitest';
import { Metrics } from './Metrics.js';

describe('Metrics', () => {
  it('renders the counted fields under their Prometheus names', async () => {
    const metrics = new Metrics();
    metrics.connections = 3;
    metrics.rooms = 2;
    metrics.updates += 5;
    metrics.updateBytes += 1200;
    metrics.awarenessMessages++;
    metrics.rejectWrite('observer_write');
    metrics.rejectWrite('observer_write');
    metrics.closed(4401);
    metrics.storeAppend(0.004);
    const text = await metrics.render();
    for (const line of [
      '# TYPE tavolo_connections gauge',
      'tavolo_connections 3',
      'tavolo_rooms 2',
      '# TYPE tavolo_updates_total counter',
      'tavolo_updates_total 5',
      'tavolo_update_bytes_total 1200',
      'tavolo_awareness_messages_total 1',
      'tavolo_rejected_writes_total{reason="observer_write"} 2',
      'tavolo_closed_connections_total{code="4401"} 1',
      'tavolo_store_append_seconds_bucket{le="0.005"} 1',
      'tavolo_store_append_seconds_sum 0.004',
      'tavolo_store_append_seconds_count 1',
    ]) {
      expect(text).toContain(line);
    }
    expect(metrics.rejectedWrites('observer_write')).toBe(2);
    expect(metrics.contentType).toMatch(/^text\/plain/);
  });

  it('adds the process’s own metrics (CPU, heap)', async () => {
    const text = await new Metrics().render();
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
  });

  it('keeps each app’s counts apart (no process-wide registry)', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.updates = 7;
    expect(await a.render()).toContain('tavolo_updates_total 7');
    expect(await b.render()).toContain('tavolo_updates_total 0');
  });
});
