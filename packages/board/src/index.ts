export { ROOT, META, CARD, type RootKey } from './keys.js';
export {
  findTemplate,
  TEMPLATE_IDS,
  SKILL_NEEDS_TEMPLATE,
  type CardKind,
  type SectionDef,
  type TemplateDef,
  type TemplateId,
} from './templates.js';
export { BoardError, type BoardErrorCode } from './BoardError.js';
export { newId } from './newId.js';
export { initTable, readSections, SCHEMA_VERSION, type NewTable } from './table.js';
export { addCard, editCardText, MAX_CARD_TEXT, type NewCard } from './cards.js';
export { BoardReader, snapshot } from './snapshot.js';
export type { Author, BoardSnapshot, Card, Section } from './types.js';
