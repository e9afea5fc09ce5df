export {
  ROOT,
  META,
  SECTION,
  CONTROL,
  CARD,
  GROUP,
  VOTE,
  COMMENT,
  LEGACY,
  type RootKey,
} from './keys.js';
export { DOC_SHAPE, isRoot, MAX_VALUE_DEPTH, type EntryShape } from './docShape.js';
export { ROLES, runsTable, type Actor, type Role } from './Actor.js';
export {
  findTemplate,
  isCardKind,
  CARD_KINDS,
  TEMPLATE_IDS,
  SKILL_NEEDS_TEMPLATE,
  type CardKind,
  type SectionDef,
  type TemplateDef,
  type TemplateId,
} from './templates.js';
export { BoardError, type BoardErrorCode } from './BoardError.js';
export { newId } from './newId.js';
export {
  PHASES,
  isPhase,
  participantsMayWrite,
  hidesOthersCards,
  votingClosed,
  type Phase,
} from './phases.js';
export * from './fields.js';
export {
  initTable,
  migrateTable,
  readSchemaVersion,
  SCHEMA_VERSION,
  DEFAULT_VOTE_BUDGET,
  type NewTable,
} from './table.js';
export {
  addCard,
  updateCard,
  editCardText,
  deleteCard,
  mergeCards,
  unmergeCard,
  type NewCard,
  type CardPatch,
} from './cards.js';
export type { CreateOptions } from './CreateOptions.js';
export {
  addSection,
  renameSection,
  moveSection,
  removeSection,
  readSections,
  countSectionCards,
  checkSectionTitle,
  MAX_SECTIONS,
  MAX_SECTION_TITLE,
  type NewSection,
} from './sections.js';
export { createGroup, renameGroup, deleteGroup, moveCardToGroup } from './groups.js';
export {
  castVote,
  retractVote,
  remainingVotes,
  countedVotes,
  readCountedVotes,
  readRawVotes,
  readVoteBudget,
  targetSection,
  voteKey,
  type RawVote,
} from './votes.js';
export { addComment, editComment, deleteComment } from './comments.js';
export {
  EMPTY_DIRECTORY,
  parseDirectory,
  type Directory,
  type DirectoryEntry,
} from './directory.js';
export {
  readLegacyIdentities,
  eraseLegacyIdentities,
  type LegacyIdentity,
} from './legacyIdentities.js';
export {
  setPhase,
  startTimer,
  pauseTimer,
  resumeTimer,
  extendTimer,
  setLocked,
  setSpotlight,
  setVoteBudget,
  setAnonymity,
  setConclusions,
  setAgenda,
  readAgenda,
  readPhaseStartedAt,
  TIMEBOXED_PHASES,
  remainingMs,
  timerRunning,
  IDLE_TIMER,
  type Timer,
  type Spotlight,
  type PhaseChangeOptions,
} from './control.js';
export { participation, type Participation } from './participation.js';
export { readLocked, readPhase } from './guard.js';
export { participantWriteRefusal, type WriteRefusal } from './phaseRules.js';
export { BoardReader, snapshot } from './snapshot.js';
export { shareStructure } from './shareStructure.js';
export type { BoardSnapshot, Card, Comment, Group, Item, Section } from './types.js';
export { prng } from './prng.js';
