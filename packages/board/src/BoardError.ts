/** Codes of every error an operation on the board can return. */
export type BoardErrorCode =
  | 'unknown_template'
  | 'unknown_section'
  | 'unknown_card'
  | 'unknown_group'
  | 'unknown_vote'
  | 'unknown_phase'
  | 'text_empty'
  | 'text_too_long'
  | 'invalid_field'
  | 'forbidden'
  | 'board_locked'
  | 'phase_closed'
  | 'over_budget'
  | 'section_not_empty'
  | 'too_many_sections'
  | 'not_initialised';

/** An error a person can act on, carrying a stable code for clients and the server. */
export class BoardError extends Error {
  constructor(
    readonly code: BoardErrorCode,
    message: string,
    /** The field at fault, for `invalid_field`, `text_empty` and `text_too_long`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'BoardError';
  }
}
