/** The kind of contribution a section collects; it decides a card's typed fields. */
export type CardKind = 'skillNeed' | 'dataTrend' | 'proposal' | 'note';

/** Every card kind, in the order a person picks one. */
export const CARD_KINDS: readonly CardKind[] = ['skillNeed', 'dataTrend', 'proposal', 'note'];

/** True when `value` is a card kind. */
export function isCardKind(value: unknown): value is CardKind {
  return (CARD_KINDS as readonly unknown[]).includes(value);
}

/** A section of the board: laid out by a template, or added by a moderator. */
export interface SectionDef {
  readonly id: string;
  readonly kind: CardKind;
  /**
   * A template's sections are titled by the reader's i18n layer (by id) until someone renames
   * them; sections a moderator adds always carry their own title.
   */
  readonly title?: string;
}

/** A board template: the sections a new table starts with. */
export interface TemplateDef {
  readonly id: TemplateId;
  readonly sections: readonly SectionDef[];
}

export type TemplateId =
  | 'skillNeeds'
  | 'needsTable'
  | 'trendsTable'
  | 'proposalsTable'
  | 'goodPractice'
  | 'talentAttraction'
  | 'blank';

/** The default template, "Fabbisogni di competenze": one section per aim of a skills focus group. */
export const SKILL_NEEDS_TEMPLATE: TemplateDef = {
  id: 'skillNeeds',
  sections: [
    { id: 'needs', kind: 'skillNeed' },
    { id: 'trends', kind: 'dataTrend' },
    { id: 'proposals', kind: 'proposal' },
  ],
};

const TEMPLATES: Record<TemplateId, TemplateDef> = {
  skillNeeds: SKILL_NEEDS_TEMPLATE,
  // A table on skill needs alone: needs split by horizon, and the evidence companies bring.
  needsTable: {
    id: 'needsTable',
    sections: [
      { id: 'needsNow', kind: 'skillNeed' },
      { id: 'needsEmerging', kind: 'skillNeed' },
      { id: 'needsEvidence', kind: 'note' },
    ],
  },
  // A table on data and trends: demand for and supply of specialised profiles, then what they mean.
  trendsTable: {
    id: 'trendsTable',
    sections: [
      { id: 'demand', kind: 'dataTrend' },
      { id: 'supply', kind: 'dataTrend' },
      { id: 'readings', kind: 'note' },
    ],
  },
  // A table on operational proposals for the regional system, by the lever they pull.
  proposalsTable: {
    id: 'proposalsTable',
    sections: [
      { id: 'proposalsTraining', kind: 'proposal' },
      { id: 'proposalsAttraction', kind: 'proposal' },
      { id: 'proposalsSystem', kind: 'proposal' },
    ],
  },
  goodPractice: {
    id: 'goodPractice',
    sections: [
      { id: 'practices', kind: 'note' },
      { id: 'transferability', kind: 'note' },
      { id: 'proposals', kind: 'proposal' },
    ],
  },
  talentAttraction: {
    id: 'talentAttraction',
    sections: [
      { id: 'needs', kind: 'skillNeed' },
      { id: 'barriers', kind: 'note' },
      { id: 'proposals', kind: 'proposal' },
    ],
  },
  blank: { id: 'blank', sections: [] },
};

/** Looks a template up by id; undefined for an unknown id. */
export function findTemplate(id: string): TemplateDef | undefined {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, id)
    ? TEMPLATES[id as TemplateId]
    : undefined;
}

/** Every template id, in display order. */
export const TEMPLATE_IDS: readonly TemplateId[] = [
  'skillNeeds',
  'needsTable',
  'trendsTable',
  'proposalsTable',
  'goodPractice',
  'talentAttraction',
  'blank',
];
