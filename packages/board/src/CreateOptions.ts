/** Options for operations that create entries: a fixed id and clock, for tests and seeds. */
export interface CreateOptions {
  readonly id?: string;
  readonly now?: number;
}
