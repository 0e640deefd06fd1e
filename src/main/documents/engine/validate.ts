/**
 * Guards against models the layout cannot honour. These are programming errors in the
 * code that builds the model, so they throw TypeError rather than produce a broken PDF.
 */
import type { DocumentModel, RenderOptions } from './model';

export function assertRenderable(model: DocumentModel, options: RenderOptions = {}): void {
  const attachment = options.attachment;
  if (attachment) {
    if (attachment.name.trim() === '') throw new TypeError('Vedlegget mangler filnavn.');
    try {
      JSON.parse(attachment.json);
    } catch {
      throw new TypeError(`Vedlegget ${attachment.name} er ikke gyldig JSON.`);
    }
  }
  if (model.title.trim() === '') throw new TypeError('Dokumentet mangler tittel.');
  model.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      const where = `seksjon ${s + 1} ("${section.heading}"), blokk ${b + 1}`;
      if (block.kind !== 'table') return;
      if (block.columns.length === 0) throw new TypeError(`Tabellen i ${where} har ingen kolonner.`);
      if (block.columns.some((c) => !(c.width > 0) || !Number.isFinite(c.width))) {
        throw new TypeError(`Tabellen i ${where} har en kolonnebredde som ikke er et positivt tall.`);
      }
      block.rows.forEach((row, r) => {
        if (row.length !== block.columns.length) {
          throw new TypeError(`Rad ${r + 1} i tabellen i ${where} har ${row.length} celler, men tabellen har ${block.columns.length} kolonner.`);
        }
      });
    });
  });
}
