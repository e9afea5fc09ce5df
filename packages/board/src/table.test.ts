import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initTable, readSections, SCHEMA_VERSION } from './table.js';
import { META, ROOT } from './keys.js';

describe('initTable', () => {
  it.each([
    { templateId: 'skillNeeds', sections: ['needs', 'trends', 'proposals'] },
    { templateId: 'goodPractice', sections: ['practices', 'transferability', 'proposals'] },
    { templateId: 'blank', sections: [] },
  ])('$templateId lays out $sections', ({ templateId, sections }) => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId });
    expect(readSections(doc).map((s) => s.id)).toEqual(sections);
    expect(doc.getMap(ROOT.meta).get(META.schemaVersion)).toBe(SCHEMA_VERSION);
  });

  it('rejects an unknown template and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => initTable(doc, { tableId: 't', title: 'T', templateId: 'toString' })).toThrow(
      expect.objectContaining({ code: 'unknown_template' }),
    );
    expect(doc.getMap(ROOT.meta).size).toBe(0);
  });

  it('leaves an initialised table as it is', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'Prima', templateId: 'skillNeeds' });
    initTable(doc, { tableId: 't', title: 'Seconda', templateId: 'blank' });
    expect(doc.getMap(ROOT.meta).get(META.title)).toBe('Prima');
    expect(readSections(doc)).toHaveLength(3);
  });
});
