/** Codes of the errors building or rendering a paper can raise. */
export type PaperErrorCode = 'invalid_input' | 'duplicate_table' | 'unknown_language';

/** Bad input to the paper, with a stable code and a message a person can act on. */
export class PaperError extends Error {
  constructor(
    readonly code: PaperErrorCode,
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PaperError';
  }
}
