/** The secretariat key the end-to-end server starts with (TAVOLO_ADMIN_KEY). */
export const E2E_ADMIN_KEY = 'e2e-segreteria-chiave-di-prova';
