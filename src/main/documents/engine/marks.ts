/**
 * Checklist status marks, drawn as vector shapes: Oslo Sans has no ✓ or □, and a shape
 * looks the same in every viewer. The three marks differ in shape, not only colour.
 */
import type { ChecklistStatus } from './model';
import { COLORS } from './theme';

export const MARK_SIZE = 11;

export function drawMark(doc: PDFKit.PDFDocument, status: ChecklistStatus, x: number, y: number): void {
  const s = MARK_SIZE;
  doc.save();
  doc.lineJoin('round').lineCap('round');
  switch (status) {
    case 'done':
      doc.roundedRect(x, y, s, s, 2).fill(COLORS.brand);
      doc
        .moveTo(x + s * 0.24, y + s * 0.53)
        .lineTo(x + s * 0.43, y + s * 0.72)
        .lineTo(x + s * 0.77, y + s * 0.3)
        .lineWidth(1.5)
        .strokeColor(COLORS.white)
        .stroke();
      break;
    case 'notRelevant':
      doc.roundedRect(x, y, s, s, 2).fill(COLORS.markNotRelevantFill);
      doc
        .moveTo(x + s * 0.28, y + s / 2)
        .lineTo(x + s * 0.72, y + s / 2)
        .lineWidth(1.3)
        .strokeColor(COLORS.muted)
        .stroke();
      break;
    case 'open':
      doc
        .roundedRect(x + 0.5, y + 0.5, s - 1, s - 1, 1.5)
        .lineWidth(1)
        .strokeColor(COLORS.brand)
        .stroke();
      break;
  }
  doc.restore();
}
