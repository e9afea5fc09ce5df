/** Codes of every error an operation on the board can return. */
export type BoardErrorCode =
  | 'unknown_template'
  | 'unknown_section'
  | 'unknown_card'
  | 'text_empty'
  | 'text_too_long'
  | 'not_initialised';

/** An error a person can act on, carrying a stable code for clients and the server. */
export class BoardError extends Error {
  constructor(
    readonly code: BoardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BoardError';
  }
}
