import {
  KIND_FIELDS,
  type Card,
  type CardFields,
  type CardKind,
  type CardPatch,
} from '@tavolo/board';

/** What the card form edits: text inputs hold strings, multi-choices arrays. */
export interface CardDraft {
  readonly text: string;
  readonly skills: string;
  readonly skillType: string;
  readonly level: string;
  readonly horizon: string;
  readonly hires: string;
  readonly difficulty: string;
  readonly evidence: string;
  readonly value: string;
  readonly unit: string;
  readonly direction: string;
  readonly source: string;
  readonly actors: readonly string[];
  readonly instrument: string;
  readonly timeframe: string;
  readonly answers: readonly string[];
}

export const EMPTY_DRAFT: CardDraft = {
  text: '',
  skills: '',
  skillType: '',
  level: '',
  horizon: '',
  hires: '',
  difficulty: '',
  evidence: '',
  value: '',
  unit: '',
  direction: '',
  source: '',
  actors: [],
  instrument: '',
  timeframe: '',
  answers: [],
};

/** The form's starting point for an existing card. */
export function draftOf(card: Card): CardDraft {
  const str = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    text: card.text,
    skills: card.skills.join(', '),
    skillType: str(card.skillType),
    level: str(card.level),
    horizon: str(card.horizon),
    hires: str(card.hires),
    difficulty: str(card.difficulty),
    evidence: card.evidence,
    value: str(card.value),
    unit: card.unit,
    direction: str(card.direction),
    source: card.source,
    actors: card.actors,
    instrument: str(card.instrument),
    timeframe: str(card.timeframe),
    answers: card.answers,
  };
}

const NUMBERS: ReadonlySet<keyof CardFields> = new Set(['hires', 'value']);

/** The board patch for a draft: only the fields of the card's kind, parsed; the board checks. */
export function patchOf(kind: CardKind, draft: CardDraft): CardPatch {
  const patch: Record<string, unknown> = { text: draft.text };
  for (const field of KIND_FIELDS[kind]) {
    const raw = draft[field];
    if (field === 'skills') {
      patch.skills = draft.skills
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (NUMBERS.has(field)) {
      const text = String(raw).trim().replace(',', '.');
      patch[field] = text === '' ? null : Number(text);
    } else {
      patch[field] = raw;
    }
  }
  return patch as CardPatch;
}
