/**
 * Bytes held for later, counted against a limit and against the limits above it (a connection's
 * budget draws on its room's, a room's on the process's), so no client, room or crowd of
 * rooms can make the server hold more than its configured bounds.
 */
export class ByteBudget {
  private held = 0;

  constructor(
    readonly limit: number,
    private readonly parent: ByteBudget | null = null,
  ) {}

  get used(): number {
    return this.held;
  }

  /** Takes `bytes` here and in every budget above; false (taking nothing) when any is full. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    if (this.parent && !this.parent.take(bytes)) return false;
    this.held += bytes;
    return true;
  }

  /** Gives back what `take` took. */
  give(bytes: number): void {
    this.held -= bytes;
    this.parent?.give(bytes);
  }
}
