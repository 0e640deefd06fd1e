import type { Db } from '../db/database';
import type { DocumentRecord } from '../../shared/contract-documents';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/documents/catalog';
import { z } from 'zod';

export interface NewDocument {
  exchangeId: number;
  kind: DocumentKind;
  fileName: string;
  sha256: string;
  createdAt: string;
  createdBy: string;
}

interface DocumentRow {
  id: number;
  kind: string;
  version: number;
  file_name: string;
  created_at: string;
  created_by: string;
}

const kindSchema = z.enum(DOCUMENT_KINDS);

function toRecord(r: DocumentRow): DocumentRecord {
  return {
    id: r.id,
    kind: kindSchema.parse(r.kind),
    version: r.version,
    fileName: r.file_name,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** The record of documents made: what, which version, when and by whom (never the bytes). */
export function createDocumentRepository(db: Db) {
  const nextVersionStmt = db.prepare<[number, string], { v: number }>(
    'SELECT coalesce(max(version), 0) + 1 AS v FROM documents WHERE exchange_id = ? AND kind = ?',
  );
  const insertStmt = db.prepare(`
    INSERT INTO documents (exchange_id, kind, version, file_name, sha256, created_at, created_by)
    VALUES (@exchangeId, @kind, @version, @fileName, @sha256, @createdAt, @createdBy)`);
  const getStmt = db.prepare<[number], DocumentRow>(
    'SELECT id, kind, version, file_name, created_at, created_by FROM documents WHERE id = ?',
  );
  const listStmt = db.prepare<[number], DocumentRow>(
    'SELECT id, kind, version, file_name, created_at, created_by FROM documents WHERE exchange_id = ? ORDER BY id DESC',
  );

  // Version and insert in one transaction, so two documents of a kind never get the same number.
  const record = db.transaction((doc: NewDocument): DocumentRecord => {
    const version = nextVersionStmt.get(doc.exchangeId, doc.kind)!.v;
    const id = Number(insertStmt.run({ ...doc, version }).lastInsertRowid);
    return toRecord(getStmt.get(id)!);
  });

  return {
    record,
    list(exchangeId: number): DocumentRecord[] {
      return listStmt.all(exchangeId).map(toRecord);
    },
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
