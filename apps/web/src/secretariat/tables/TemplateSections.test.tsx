import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWith } from '../../testing/renderBoard.js';
import { TemplateSections } from './TemplateSections.js';

afterEach(cleanup);

describe('TemplateSections', () => {
  it.each([
    [
      'trendsTable',
      'it',
      'Sezioni: Domanda di profili specializzati · Offerta di competenze e di formazione · Letture e implicazioni',
    ],
    [
      'proposalsTable',
      'en',
      'Sections: Training and guidance · Attracting and retaining talent · Networks and instruments of the regional system',
    ],
    ['blank', 'it', /Nessuna sezione: il moderatore le aggiunge dalla bacheca/],
  ] as const)('names the sections %s gives a new table (%s)', (templateId, language, text) => {
    renderWith(<TemplateSections templateId={templateId} />, { language });
    expect(screen.getByText(text)).toBeTruthy();
  });
});
