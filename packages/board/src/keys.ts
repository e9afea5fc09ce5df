/**
 * Every Yjs key the board uses. No other file, in any package, spells these as literals.
 *
 * One Y.Doc per table. Root maps are split by who may write them, so the server can
 * authorise an update by looking only at the root and first-level key it touches
 * (see README.md, "Who may write what").
 */
export const ROOT = {
  /** Table identity and section layout; written by moderators and the secretariat. */
  meta: 'meta',
  /** Phase, timer, lock, spotlight, settings; written by moderators and the secretariat. */
  control: 'control',
  /** cardId -> card map; a participant writes only cards whose author is themselves. */
  cards: 'cards',
  /** groupId -> group map. */
  groups: 'groups',
  /** participantId -> (voteId -> vote); a participant writes only their own entry. */
  votes: 'votes',
  /** commentId -> comment map. */
  comments: 'comments',
  /** participantId -> profile; a participant writes only their own entry. */
  participants: 'participants',
} as const;

export type RootKey = (typeof ROOT)[keyof typeof ROOT];

/** Keys inside the `meta` map. */
export const META = {
  schemaVersion: 'schemaVersion',
  tableId: 'tableId',
  title: 'title',
  templateId: 'templateId',
  sections: 'sections',
} as const;

/** Keys inside one card map. */
export const CARD = {
  id: 'id',
  section: 'section',
  kind: 'kind',
  authorId: 'authorId',
  authorName: 'authorName',
  organisation: 'organisation',
  createdAt: 'createdAt',
  text: 'text',
  fields: 'fields',
  groupId: 'groupId',
} as const;
