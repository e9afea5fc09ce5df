import { TableMonitor, type TableLive } from './TableMonitor.js';

/**
 * Every table of an event, live: one read-only TableMonitor per table, opened and closed as
 * tables come and go. `getTables()` is cached until a table changes, for useSyncExternalStore.
 */
export class EventMonitor {
  private readonly monitors = new Map<string, TableMonitor>();
  private order: readonly string[] = [];
  private tables: readonly TableLive[] = [];
  private readonly listeners = new Set<() => void>();
  private reportedUnauthorised = false;

  constructor(
    private readonly serverUrl: string,
    private readonly token: string,
    /** Called when the server refused the token (it expired): fetch a new one. */
    private readonly onUnauthorised: () => void,
  ) {}

  /** Watches exactly these tables, in this order. */
  setTables(tableIds: readonly string[]): void {
    for (const [id, monitor] of this.monitors) {
      if (!tableIds.includes(id)) {
        monitor.destroy();
        this.monitors.delete(id);
      }
    }
    for (const id of tableIds) {
      if (!this.monitors.has(id)) {
        this.monitors.set(id, new TableMonitor(id, this.serverUrl, this.token, this.changed));
      }
    }
    this.order = [...tableIds];
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getTables = (): readonly TableLive[] => this.tables;

  private readonly changed = () => {
    const next = this.order.flatMap((id) => this.monitors.get(id)?.get() ?? []);
    if (!this.reportedUnauthorised && next.some((live) => live.status === 'unauthorised')) {
      this.reportedUnauthorised = true;
      this.onUnauthorised();
    }
    this.tables = next;
    for (const listener of this.listeners) listener();
  };

  destroy(): void {
    for (const monitor of this.monitors.values()) monitor.destroy();
    this.monitors.clear();
    this.listeners.clear();
  }
}

/** The WebSocket base URL of the server that served this page. */
export function syncBaseUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
