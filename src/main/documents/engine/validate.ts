/**
 * Guards against models the layout cannot honour. These are programming errors in the
 * code that builds the model, so they throw TypeError rather than produce a broken PDF.
 */
import type { DocumentModel, RenderOptions } from './model';
import { PDF_MODEL_FAULTS } from '../../../shared/i18n/documents-text';

export function assertRenderable(model: DocumentModel, options: RenderOptions = {}): void {
  const attachment = options.attachment;
  if (attachment) {
    if (attachment.name.trim() === '') throw new TypeError(PDF_MODEL_FAULTS.vedleggUtenNavn);
    try {
      JSON.parse(attachment.json);
    } catch {
      throw new TypeError(PDF_MODEL_FAULTS.vedleggIkkeJson(attachment.name));
    }
  }
  if (model.title.trim() === '') throw new TypeError(PDF_MODEL_FAULTS.utenTittel);
  model.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      const where = PDF_MODEL_FAULTS.hvor(s + 1, section.heading, b + 1);
      if (block.kind !== 'table') return;
      if (block.columns.length === 0) throw new TypeError(PDF_MODEL_FAULTS.ingenKolonner(where));
      if (block.columns.some((c) => !(c.width > 0) || !Number.isFinite(c.width))) {
        throw new TypeError(PDF_MODEL_FAULTS.kolonnebredde(where));
      }
      block.rows.forEach((row, r) => {
        if (row.length !== block.columns.length) {
          throw new TypeError(PDF_MODEL_FAULTS.celler(r + 1, where, row.length, block.columns.length));
        }
      });
    });
  });
}
