import * as Y from 'yjs';
import {
  addCard,
  addComment,
  createGroup,
  castVote,
  initTable,
  mergeCards,
  setAnonymity,
  setConclusions,
  setPhase,
  setVoteBudget,
  snapshot,
  type Actor,
  type CardFields,
  type Directory,
  type DirectoryEntry,
} from '@tavolo/board';
import type { PaperTableInput } from '../PaperInput.js';

/** A person at a table as the catalogue records them: the board knows only id and role. */
export type Person = Actor & { readonly name: string; readonly organisation: string };

/** What a built table hands the paper: its board and its people. */
export type TableParts = Pick<PaperTableInput, 'board' | 'people'>;

/**
 * Builds a board through the board package's own operations, with ids and clock fixed, and
 * the table's people as the catalogue would record them. Its directory is the whole one (every
 * name, with consent), not the export's cut: the paper must apply its rules to any input.
 */
export class TableBuilder {
  readonly doc = new Y.Doc();
  private clock = 1_000;
  private voters = 0;
  private readonly directory: Record<string, DirectoryEntry> = {};

  constructor(
    readonly tableId: string,
    title: string,
    readonly moderator: Person,
    templateId = 'skillNeeds',
  ) {
    initTable(this.doc, { tableId, title, templateId });
    setPhase(this.doc, moderator, 'sharing');
    this.know(moderator);
  }

  /** Records a person at the table and whether they consent to be named. */
  join(person: Person, consent: boolean): this {
    const { name, organisation, role } = person;
    this.directory[person.id] = { role, name, organisation, consent };
    return this;
  }

  /** The catalogue records everyone who writes: one who never joined here has not consented. */
  private know(person: Person): void {
    if (!Object.prototype.hasOwnProperty.call(this.directory, person.id)) this.join(person, false);
  }

  /** The table's people, by id. */
  get people(): Directory {
    return { ...this.directory };
  }

  /** Adds a card with a fixed id; returns the id. */
  card(
    actor: Person,
    id: string,
    section: string,
    text: string,
    fields: Partial<Record<keyof CardFields, unknown>> = {},
  ): string {
    this.know(actor);
    return addCard(this.doc, actor, { section, text, fields }, { id, now: this.tick() });
  }

  /** Groups cards under a heading (as the moderator). */
  group(id: string, section: string, heading: string, cardIds: readonly string[]): this {
    createGroup(this.doc, this.moderator, { section, heading, cardIds }, { id, now: this.tick() });
    return this;
  }

  /** Merges a duplicate into a card (as the moderator). */
  merge(duplicateId: string, targetId: string): this {
    mergeCards(this.doc, this.moderator, duplicateId, targetId);
    return this;
  }

  /** Adds a comment to a card. */
  comment(actor: Person, cardId: string, text: string): this {
    this.know(actor);
    addComment(this.doc, actor, cardId, text, { id: `c${this.clock}`, now: this.tick() });
    return this;
  }

  /**
   * Opens voting and casts exactly `counts[target]` dots on each target of one section, from
   * fresh voters who spend their whole budget (several dots on one target when needed).
   */
  vote(counts: Readonly<Record<string, number>>, budget = 3): this {
    setPhase(this.doc, this.moderator, 'voting');
    setVoteBudget(this.doc, this.moderator, budget);
    let voter: Actor | null = null;
    let left = 0;
    for (const [target, n] of Object.entries(counts)) {
      for (let i = 0; i < n; i++) {
        if (voter === null || left === 0) {
          this.voters++;
          // Voters stand for the room's dots, not for people the paper counts.
          voter = { id: `voter${this.voters}`, role: 'participant' };
          left = budget;
        }
        castVote(this.doc, voter, target, { id: `v${this.clock}`, now: this.tick() });
        left--;
      }
    }
    return this;
  }

  /** Turns anonymous mode on, with or without organisations in the paper. */
  anonymous(showOrganisations: boolean): this {
    setAnonymity(this.doc, this.moderator, true, showOrganisations);
    return this;
  }

  /** Writes the moderator's conclusions. */
  conclude(text: string): this {
    setConclusions(this.doc, this.moderator, text);
    return this;
  }

  /** Closes voting (freezing the votes) and returns the board and people as the paper reads them. */
  close(): TableParts {
    setPhase(this.doc, this.moderator, 'synthesis');
    return this.parts();
  }

  /** The board and people as they stand, without changing the phase. */
  parts(): TableParts {
    const people = this.people;
    return { board: snapshot(this.doc, people), people };
  }

  private tick(): number {
    return this.clock++;
  }
}

/** A participant. */
export function person(id: string, name: string, organisation: string): Person {
  return { id, name, organisation, role: 'participant' };
}
