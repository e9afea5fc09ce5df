/** The kind of contribution a section collects; it decides a card's typed fields. */
export type CardKind = 'skillNeed' | 'dataTrend' | 'proposal' | 'note';

/** A section of the board, as laid out by a template. */
export interface SectionDef {
  readonly id: string;
  readonly kind: CardKind;
  /** Built-in sections are titled by the client's i18n layer; free sections carry their own title. */
  readonly title?: string;
}

/** A board template: the sections a new table starts with. */
export interface TemplateDef {
  readonly id: TemplateId;
  readonly sections: readonly SectionDef[];
}

export type TemplateId = 'skillNeeds' | 'goodPractice' | 'talentAttraction' | 'blank';

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
  'goodPractice',
  'talentAttraction',
  'blank',
];
