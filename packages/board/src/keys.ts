/**
 * Every Yjs key the board uses. No other file, in any package, spells these as literals.
 *
 * One Y.Doc per table. Root maps are split by who may write them, so the server can
 * authorise an update by looking only at the root and first-level key it touches
 * (see README.md, "Who may write what").
 */
export const ROOT = {
  /** Table identity; written by moderators and the secretariat. */
  meta: 'meta',
  /** sectionId -> section map (kind, title, order); moderators and the secretariat only. */
  sections: 'sections',
  /** Phase, timer, lock, spotlight, settings; written by moderators and the secretariat. */
  control: 'control',
  /** cardId -> card map; a participant writes only cards whose author is themselves. */
  cards: 'cards',
  /** groupId -> group map; moderators and the secretariat only. */
  groups: 'groups',
  /** participantId -> (voteId -> vote); a participant writes only their own entry. */
  votes: 'votes',
  /** commentId -> comment map; a participant writes only comments whose author is themselves. */
  comments: 'comments',
  /**
   * Yjs client id (as a decimal string) -> the participant id that first wrote with it; written
   * by the server only, so that nobody writes under a client id another person owns.
   */
  clients: 'clients',
} as const;

export type RootKey = (typeof ROOT)[keyof typeof ROOT];

/** Keys inside the `meta` map. */
export const META = {
  schemaVersion: 'schemaVersion',
  tableId: 'tableId',
  title: 'title',
  templateId: 'templateId',
  /**
   * The section list as one plain array, as boards before schema version 4 kept it. Read only
   * by the migration to 4, which moves it into the `sections` root and deletes it.
   */
  sections: 'sections',
} as const;

/**
 * Keys inside one section map (under sections/<sectionId>). A section is a map of its own, not
 * an entry in one list, so two moderators adding, renaming or moving sections at the same time
 * both keep their edits: `order` is a fractional index (fractional-indexing), compared as a
 * string, ties broken by id; `removed` is a tombstone, so a card written offline into a section
 * removed meanwhile still has a section to be shown in.
 */
export const SECTION = {
  id: 'id',
  kind: 'kind',
  /** Absent for a template's section (titled by the reader's i18n) until someone renames it. */
  title: 'title',
  order: 'order',
  removed: 'removed',
} as const;

/** Keys inside the `control` map. */
export const CONTROL = {
  phase: 'phase',
  timer: 'timer',
  locked: 'locked',
  spotlight: 'spotlight',
  voteBudget: 'voteBudget',
  anonymous: 'anonymous',
  /** In anonymous mode, whether the paper may name organisations. */
  showOrganisations: 'showOrganisations',
  /** Vote ids that counted when voting closed; absent while voting is open. */
  countedVotes: 'countedVotes',
  conclusions: 'conclusions',
  /** Planned milliseconds per phase (the timebox each phase's timer starts from). */
  agenda: 'agenda',
  /** Server time the current phase began; absent on boards that never changed phase with a clock. */
  phaseStartedAt: 'phaseStartedAt',
} as const;

/** Keys inside one card map. The typed fields of each kind sit beside the common ones. */
export const CARD = {
  id: 'id',
  section: 'section',
  kind: 'kind',
  authorId: 'authorId',
  createdAt: 'createdAt',
  text: 'text',
  groupId: 'groupId',
  mergedInto: 'mergedInto',
  // skill need
  skills: 'skills',
  skillType: 'skillType',
  level: 'level',
  horizon: 'horizon',
  hires: 'hires',
  difficulty: 'difficulty',
  evidence: 'evidence',
  // data or trend
  value: 'value',
  unit: 'unit',
  direction: 'direction',
  source: 'source',
  // proposal
  actors: 'actors',
  instrument: 'instrument',
  timeframe: 'timeframe',
  answers: 'answers',
} as const;

/** Keys inside one group map. */
export const GROUP = {
  id: 'id',
  section: 'section',
  heading: 'heading',
  createdAt: 'createdAt',
} as const;

/** Keys inside one vote map (under votes/<participantId>/<voteId>). */
export const VOTE = {
  target: 'target',
  section: 'section',
  at: 'at',
} as const;

/** Keys inside one comment map. */
export const COMMENT = {
  id: 'id',
  cardId: 'cardId',
  authorId: 'authorId',
  text: 'text',
  createdAt: 'createdAt',
  /** When its author last changed the text; absent on a comment never edited. */
  editedAt: 'editedAt',
} as const;

/**
 * Keys of identity that boards written before schema version 3 carry: a card's and a
 * comment's author name and organisation, and the `participants` root of profiles (name,
 * organisation, consent). Read only to move them into the catalogue and erase them
 * (legacyIdentities.ts); nothing writes them any more, and the server refuses them.
 */
export const LEGACY = {
  participantsRoot: 'participants',
  authorName: 'authorName',
  organisation: 'organisation',
  profileName: 'name',
  consent: 'consent',
} as const;
