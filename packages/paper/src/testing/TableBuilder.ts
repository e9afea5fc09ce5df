import * as Y from 'yjs';
import {
  addCard,
  addComment,
  createGroup,
  castVote,
  initTable,
  mergeCards,
  registerParticipant,
  setAnonymity,
  setConclusions,
  setPhase,
  setVoteBudget,
  snapshot,
  type Actor,
  type BoardSnapshot,
  type CardFields,
} from '@tavolo/board';

/** Builds a board through the board package's own operations, with ids and clock fixed. */
export class TableBuilder {
  readonly doc = new Y.Doc();
  private clock = 1_000;
  private voters = 0;

  constructor(
    readonly tableId: string,
    title: string,
    readonly moderator: Actor,
    templateId = 'skillNeeds',
  ) {
    initTable(this.doc, { tableId, title, templateId });
    setPhase(this.doc, moderator, 'sharing');
  }

  /** Registers a participant's profile and whether they consent to be named. */
  join(actor: Actor, consent: boolean): this {
    registerParticipant(this.doc, actor, consent, this.tick());
    return this;
  }

  /** Adds a card with a fixed id; returns the id. */
  card(
    actor: Actor,
    id: string,
    section: string,
    text: string,
    fields: Partial<Record<keyof CardFields, unknown>> = {},
  ): string {
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
  comment(actor: Actor, cardId: string, text: string): this {
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
          voter = {
            id: `voter${this.voters}`,
            name: `Votante ${this.voters}`,
            organisation: '',
            role: 'participant',
          };
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

  /** Closes voting (freezing the votes) and returns the board as the paper reads it. */
  close(): BoardSnapshot {
    setPhase(this.doc, this.moderator, 'synthesis');
    return snapshot(this.doc);
  }

  /** The board as it stands, without changing the phase. */
  snapshot(): BoardSnapshot {
    return snapshot(this.doc);
  }

  private tick(): number {
    return this.clock++;
  }
}

/** A participant actor. */
export function person(id: string, name: string, organisation: string): Actor {
  return { id, name, organisation, role: 'participant' };
}
