/**
 * Italian texts of the comments on cards; spread into `it` (kept apart so that work on the
 * board's other texts merges without conflicts).
 */
export const commentsIt = {
  'comments.toggle': '{count} commenti',
  'comments.toggle.one': '1 commento',
  'comments.toggleNamed': '{count} commenti a «{text}»',
  'comments.toggleNamed.one': '1 commento a «{text}»',
  'comments.start': 'Commenta',
  'comments.startNamed': 'Commenta «{text}»',
  'comments.listNamed': 'Commenti a «{text}»',
  'comments.empty': 'Ancora nessun commento.',
  'comments.readOnly': 'In questa fase i commenti si possono solo leggere.',
  'comments.field': 'Il tuo commento',
  'comments.placeholder': 'Scrivi un commento…',
  'comments.send': 'Invia',
  'comments.you': 'Tu',
  'comments.edited': 'modificato',
  'comments.justNow': 'proprio ora',
  'comments.edit': 'Modifica',
  'comments.editNamed': 'Modifica il tuo commento «{text}»',
  'comments.editField': 'Testo del commento',
  'comments.save': 'Salva',
  'comments.cancel': 'Annulla',
  'comments.delete': 'Elimina',
  'comments.deleteNamed': 'Elimina il tuo commento «{text}»',
  'comments.remove': 'Rimuovi',
  'comments.removeNamed': 'Rimuovi il commento «{text}»',
  'comments.confirmDelete': 'Conferma eliminazione',
  'comments.confirmRemove': 'Conferma rimozione',
} as const;
