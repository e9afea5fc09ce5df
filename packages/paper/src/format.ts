import type { CardFields, CardKind } from '@tavolo/board';
import type { Attribution, PaperSection } from './Paper.js';
import { parseIsoDate } from './PaperInput.js';
import type { PaperLabels } from './labels.js';

/** "12 maggio 2025" / "12 May 2025", from an ISO date. */
export function formatDate(iso: string, labels: PaperLabels): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${labels.months[month - 1]} ${year}`;
}

/** A number as the language writes it ("1.234,5" in Italian). */
export function formatNumber(value: number, labels: PaperLabels): string {
  return labels.formats.number.format(value);
}

/** A share (0..1) as a whole percentage. */
export function formatShare(share: number, labels: PaperLabels): string {
  return labels.formats.percent.format(share);
}

/** A priority index (a sum of shares) with two decimals. */
export function formatScore(score: number, labels: PaperLabels): string {
  return labels.formats.score.format(score);
}

/** "Laura Bassi, Officine Meccaniche Reggiane", or whichever part the privacy rules kept. */
export function formatAttribution(by: Attribution): string {
  return [by.name, by.organisation].filter((x) => x !== null).join(', ');
}

/** A section's title: a free section's own, else the language's title for it. */
export function sectionTitle(
  section: Pick<PaperSection, 'id' | 'kind' | 'title'>,
  labels: PaperLabels,
) {
  return section.title ?? labels.sections[section.id] ?? labels.kinds[section.kind];
}

/** "35 % (In crescita)": a data card's figure and direction, as far as they are given. */
export function formatFigure(fields: CardFields, labels: PaperLabels): string {
  const figure =
    fields.value === null
      ? ''
      : [formatNumber(fields.value, labels), fields.unit]
          .filter((x) => x !== '')
          .join(fields.unit === '%' ? '' : ' ');
  const direction = fields.direction ? labels.directions[fields.direction] : '';
  if (figure && direction) return `${figure} (${direction.toLocaleLowerCase(labels.locale)})`;
  return figure || direction;
}

/** The typed fields of a card, labelled, in the order of the template; empty ones left out. */
export function fieldEntries(
  kind: CardKind,
  fields: CardFields,
  labels: PaperLabels,
  answers: readonly string[] = [],
): [string, string][] {
  const list = <T extends string>(values: readonly T[], names: Record<T, string>) =>
    values.map((v) => names[v]).join(', ');
  const entries: [string, string | null][] =
    kind === 'skillNeed'
      ? [
          [labels.level, fields.level && labels.levels[fields.level]],
          [labels.horizon, fields.horizon && labels.horizons[fields.horizon]],
          [labels.hires, fields.hires === null ? null : formatNumber(fields.hires, labels)],
          [labels.skills, fields.skills.join(', ')],
          [labels.skillType, fields.skillType && labels.skillTypes[fields.skillType]],
          [labels.difficulty, fields.difficulty && labels.difficulties[fields.difficulty]],
          [labels.evidence, fields.evidence],
        ]
      : kind === 'dataTrend'
        ? [
            [labels.value, formatFigure(fields, labels)],
            [labels.source, fields.source],
          ]
        : kind === 'proposal'
          ? [
              [labels.actors, list(fields.actors, labels.actorNames)],
              [labels.instrument, fields.instrument && labels.instruments[fields.instrument]],
              [labels.timeframe, fields.timeframe && labels.horizons[fields.timeframe]],
              [labels.answers, answers.join(', ')],
            ]
          : [];
  return entries.filter((e): e is [string, string] => e[1] !== null && e[1] !== '');
}
