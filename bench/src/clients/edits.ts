import { addCard, addComment, CARD, ROOT, updateCard, type Actor } from '@tavolo/board';
import * as Y from 'yjs';
import { updateBody, type Framing } from './framing.js';
import type { Edit } from './LoadClient.js';
import { findPlaceholder, markerPlaceholder } from './marker.js';
import { prng } from './prng.js';

/** A generated edit and the writer's clock after it (what a replica must reach to hold it). */
export interface GeneratedEdit extends Edit {
  readonly clockAfter: number;
}

const NEEDS = [
  'Tecnico di robotica collaborativa con competenze di sicurezza funzionale',
  'Programmatore PLC con conoscenza di OPC UA e reti industriali',
  'Data analyst per la manutenzione predittiva degli impianti',
  'Operatore di cella robotizzata, livello ITS, con formazione in visione artificiale',
  'Esperto di cybersecurity OT per piccole e medie imprese',
];
const COMMENTS = [
  'Confermo, lo vediamo anche nelle nostre aziende associate.',
  'Serve un percorso ITS dedicato, non basta la formazione interna.',
  'Dato da verificare con l’osservatorio regionale.',
];

/**
 * Generates one participant's realistic board edits ahead of sending: each is a Yjs update made
 * with @tavolo/board's operations (add a card, rewrite one's own card, comment on a card) on a
 * private copy of the table's document, written by the participant's own Actor and Yjs client
 * id so that the server's per-role checks accept it. Every edit's text carries a marker.
 */
export class EditSource {
  private readonly doc = new Y.Doc();
  private readonly random: () => number;
  private readonly sections: string[];
  private readonly others: string[];
  private readonly mine: string[] = [];
  private made = 0;

  constructor(
    base: Uint8Array,
    private readonly actor: Actor,
    clientId: number,
    private readonly framing: Framing,
    seed: number,
  ) {
    this.random = prng(seed);
    this.doc.clientID = clientId;
    Y.applyUpdate(this.doc, base);
    const cards = this.doc.getMap<Y.Map<unknown>>(ROOT.cards);
    this.sections = [...new Set([...cards.values()].map((c) => String(c.get(CARD.section))))];
    if (this.sections.length === 0) this.sections.push('needs');
    this.others = [...cards.keys()];
  }

  /** The next `count` edits, with marker indexes from `firstIndex` on. */
  next(count: number, firstIndex: number): GeneratedEdit[] {
    const { actor, doc } = this;
    const pick = <T>(list: readonly T[]) => list[Math.floor(this.random() * list.length)]!;
    let captured: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      captured = update;
    };
    doc.on('update', capture);
    const edits: GeneratedEdit[] = [];
    for (let k = 0; k < count; k++) {
      const index = firstIndex + k;
      const i = this.made++;
      const text = `${pick(NEEDS)} (${actor.id}, ${i}) ${markerPlaceholder(index)}`;
      const roll = this.random();
      captured = null;
      if (this.mine.length === 0 || roll < 0.25) {
        const id = `${actor.id}-c${i}`;
        addCard(doc, actor, { section: pick(this.sections), text }, { id });
        this.mine.push(id);
      } else if (roll < 0.8 || this.others.length === 0) {
        updateCard(doc, actor, pick(this.mine), { text });
      } else {
        const comment = `${pick(COMMENTS)} ${markerPlaceholder(index)}`;
        addComment(doc, actor, pick(this.others), comment, { id: `${actor.id}-m${i}` });
      }
      if (!captured) throw new Error(`edit ${i} of ${actor.id} changed nothing`);
      const frame = Buffer.from(this.framing.wrap(updateBody(captured)));
      edits.push({
        index,
        frame,
        markerAt: findPlaceholder(frame, index),
        clockAfter: Y.getState(doc.store, doc.clientID),
      });
    }
    doc.off('update', capture);
    return edits;
  }

  destroy(): void {
    this.doc.destroy();
  }
}
