/**
 * Edits against the phase rules one connection may have undone before it is closed (4403
 * phase_closed): an honest backlog past its grace period holds a few; a flood is a modified
 * client making the server rebuild scratch copies of the board.
 */
export const MAX_REJECTIONS = 50;

/** How many of each connection's edits the phase rules undid. */
export class RejectionTally<S extends object> {
  private readonly counts = new WeakMap<S, number>();

  /** Adds `count` undone edits of `socket` (`over` says when it is past the limit). */
  add(socket: S, count: number): void {
    this.counts.set(socket, this.get(socket) + count);
  }

  /** True once `socket` is past MAX_REJECTIONS. */
  over(socket: S): boolean {
    return this.get(socket) > MAX_REJECTIONS;
  }

  get(socket: S): number {
    return this.counts.get(socket) ?? 0;
  }
}
