/**
 * How everything made in training mode is marked, so a fictional document or export is never
 * taken for a real one: the word on every page and in the title, and the start of the file name.
 */
export const TRAINING_MARK = 'ØVINGSMODUS';

export const TRAINING_FILE_PREFIX = 'OVING-';

export const TRAINING_NOTICE = `${TRAINING_MARK}: Dokumentet er laget i øvingsmodus og har fiktive opplysninger. Det skal ikke sendes.`;
