import { BoardError } from './BoardError.js';
import type { CardKind } from './templates.js';

/** Enumerations of the typed card fields; labels live in the client's and paper's i18n. */
export const SKILL_TYPES = ['technical', 'digital', 'green', 'transversal'] as const;
export const LEVELS = [
  'eqf3',
  'eqf4',
  'eqf5',
  'eqf6',
  'eqf7',
  'eqf8',
  'operator',
  'its',
  'degree',
  'phd',
] as const;
export const HORIZONS = ['now', '1-2y', '3-5y'] as const;
export const DIFFICULTIES = ['low', 'medium', 'high'] as const;
export const DIRECTIONS = ['rising', 'falling', 'stable'] as const;
export const ACTORS = [
  'region',
  'its',
  'universities',
  'companies',
  'employmentServices',
  'clusters',
] as const;
export const INSTRUMENTS = [
  'training',
  'incentives',
  'attraction',
  'orientation',
  'networks',
] as const;

export type SkillType = (typeof SKILL_TYPES)[number];
export type Level = (typeof LEVELS)[number];
export type Horizon = (typeof HORIZONS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type PolicyActor = (typeof ACTORS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];

/** The typed fields a card may carry besides its text; each kind uses its own subset. */
export interface CardFields {
  readonly skills: readonly string[];
  readonly skillType: SkillType | null;
  readonly level: Level | null;
  readonly horizon: Horizon | null;
  readonly hires: number | null;
  readonly difficulty: Difficulty | null;
  readonly evidence: string;
  readonly value: number | null;
  readonly unit: string;
  readonly direction: Direction | null;
  readonly source: string;
  readonly actors: readonly PolicyActor[];
  readonly instrument: Instrument | null;
  readonly timeframe: Horizon | null;
  /** Ids of the skill-need cards a proposal answers. */
  readonly answers: readonly string[];
}

/** The empty value of every field. */
export const EMPTY_FIELDS: CardFields = Object.freeze({
  skills: Object.freeze([]) as readonly string[],
  skillType: null,
  level: null,
  horizon: null,
  hires: null,
  difficulty: null,
  evidence: '',
  value: null,
  unit: '',
  direction: null,
  source: '',
  actors: Object.freeze([]) as readonly PolicyActor[],
  instrument: null,
  timeframe: null,
  answers: Object.freeze([]) as readonly string[],
});

/** The fields each kind of card uses. */
export const KIND_FIELDS: Record<CardKind, readonly (keyof CardFields)[]> = {
  skillNeed: ['skills', 'skillType', 'level', 'horizon', 'hires', 'difficulty', 'evidence'],
  dataTrend: ['value', 'unit', 'direction', 'source'],
  proposal: ['actors', 'instrument', 'timeframe', 'answers'],
  note: [],
};

/** Longest text a card may hold, in characters. */
export const MAX_CARD_TEXT = 2000;
const MAX_SHORT = 200;
const MAX_TAGS = 20;

const fail = (field: string, message: string) => new BoardError('invalid_field', message, field);

function oneOf<T extends string>(field: string, allowed: readonly T[], value: unknown): T | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw fail(field, `${field} must be one of ${allowed.join(', ')}.`);
}

function someOf<T extends string>(field: string, allowed: readonly T[], value: unknown): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fail(field, `${field} must be a list.`);
  const out = [...new Set(value.map((v) => oneOf(field, allowed, v)))].filter((v) => v !== null);
  return out as T[];
}

function text(field: string, value: unknown, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw fail(field, `${field} must be text.`);
  const trimmed = value.trim();
  if (trimmed.length > max) {
    throw new BoardError('text_too_long', `${field} holds at most ${max} characters.`, field);
  }
  return trimmed;
}

function number(field: string, value: unknown, min: number, max: number, integer: boolean) {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw fail(field, `${field} must be a number from ${min} to ${max}.`);
  }
  if (integer && !Number.isInteger(value)) throw fail(field, `${field} must be a whole number.`);
  return value;
}

function ids(field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw fail(field, `${field} must be a list of card ids.`);
  }
  return [...new Set(value as string[])];
}

function tags(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fail('skills', 'skills must be a list.');
  const out = [...new Set(value.map((v) => text('skills', v, 60)).filter((v) => v !== ''))];
  if (out.length > MAX_TAGS) throw fail('skills', `At most ${MAX_TAGS} skills per card.`);
  return out;
}

/** Checks and normalises one field's raw value; throws a BoardError naming the field. */
export function checkField<K extends keyof CardFields>(key: K, value: unknown): CardFields[K] {
  const checked: { [F in keyof CardFields]: () => CardFields[F] } = {
    skills: () => tags(value),
    skillType: () => oneOf('skillType', SKILL_TYPES, value),
    level: () => oneOf('level', LEVELS, value),
    horizon: () => oneOf('horizon', HORIZONS, value),
    hires: () => number('hires', value, 0, 100_000, true),
    difficulty: () => oneOf('difficulty', DIFFICULTIES, value),
    evidence: () => text('evidence', value, MAX_CARD_TEXT),
    value: () => number('value', value, -1e12, 1e12, false),
    unit: () => text('unit', value, 30),
    direction: () => oneOf('direction', DIRECTIONS, value),
    source: () => text('source', value, 500),
    actors: () => someOf('actors', ACTORS, value),
    instrument: () => oneOf('instrument', INSTRUMENTS, value),
    timeframe: () => oneOf('timeframe', HORIZONS, value),
    answers: () => ids('answers', value),
  };
  return checked[key]();
}

/** Checks a card's main text: required, trimmed, at most MAX_CARD_TEXT characters. */
export function checkCardText(value: unknown): string {
  const trimmed = text('text', value, MAX_CARD_TEXT);
  if (trimmed === '') throw new BoardError('text_empty', 'A card needs some text.', 'text');
  return trimmed;
}

/** Checks a short heading (group headings). */
export function checkHeading(value: unknown): string {
  const trimmed = text('heading', value, MAX_SHORT);
  if (trimmed === '') throw new BoardError('text_empty', 'A heading needs some text.', 'heading');
  return trimmed;
}
