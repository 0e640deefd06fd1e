/**
 * The start of the name of every file made in training mode, so a fictional document or export
 * is never taken for a real one. The mark on every page is TRAINING_MARK (i18n/documents-text.ts).
 */
export const TRAINING_FILE_PREFIX = 'OVING-';
