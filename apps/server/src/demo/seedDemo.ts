import { addCard, initTable, newId, type Phase } from '@tavolo/board';
import * as Y from 'yjs';
import type { DocStore } from '../store/DocStore.js';
import type { TableRegistry } from '../tables/TableRegistry.js';
import { DEMO_TABLES } from './demoTables.js';

/** Creates a table's registry entry and its initial document. */
export async function createTable(
  registry: TableRegistry,
  store: DocStore,
  table: { id: string; title: string; templateId: string; phase?: Phase },
  fill: (doc: Y.Doc) => void = () => {},
  now = Date.now(),
): Promise<void> {
  const doc = new Y.Doc();
  initTable(doc, {
    tableId: table.id,
    title: table.title,
    templateId: table.templateId,
    phase: table.phase ?? 'preparation',
  });
  fill(doc);
  await store.append(table.id, [Y.encodeStateAsUpdate(doc)]);
  doc.destroy();
  registry.create({ ...table, createdAt: now });
}

/** Seeds the demo tables; does nothing when any table exists already. */
export async function seedDemo(registry: TableRegistry, store: DocStore, now = Date.now()) {
  if (registry.list().length > 0) return false;
  for (const [i, table] of DEMO_TABLES.entries()) {
    await createTable(
      registry,
      store,
      // The demo opens in the sharing phase: everyone can write and see every card at once.
      { ...table, phase: 'sharing' },
      (doc) => {
        table.cards.forEach((card, j) => {
          const author = { id: newId(), name: card.name, organisation: card.organisation };
          addCard(
            doc,
            { ...author, role: 'participant' },
            { section: card.section, text: card.text },
            { now: now + j },
          );
        });
      },
      now + i,
    );
  }
  return true;
}
