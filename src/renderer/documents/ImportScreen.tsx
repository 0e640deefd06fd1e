import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type ImportPreview, MAX_IMPORT_BYTES } from '../../shared/contract-documents';
import { districtName } from '../../shared/districts';
import { ERROR_MESSAGES } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/i18n/labels';
import { call, errorMessage } from '../api/client';
import { t } from '../i18n/nb';
import { readFileAsBase64 } from './read-file';
import './documents.css';

type State =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; base64: string; preview: ImportPreview }
  | { kind: 'refused'; fileName: string; message: string };

/** What the import will store, exactly as main planned it: the facts, the content, the history lines. */
function PreviewPanel({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const unchanged = preview.outcome === 'uendret';
  return (
    <section className="bo-card" aria-labelledby="forhandsvisning-tittel" data-testid="import-forhandsvisning">
      <h2 id="forhandsvisning-tittel">{unchanged ? t.importer.alleredeLagret : t.importer.forhandsvisning}</h2>
      {/* An unchanged import says so in the alert above the panel. */}
      {!unchanged && <p>{preview.message}</p>}
      <dl className="bo-dl">
        <dt>{t.importer.fil}</dt>
        <dd>{fileName}</dd>
        <dt>{t.importer.dokument}</dt>
        <dd>{DOCUMENT_KIND_LABELS[preview.kind]}</dd>
        <dt>{t.common.referanse}</dt>
        <dd>{preview.reference}</dd>
        <dt>{t.common.gammelBydel}</dt>
        <dd>{districtName(preview.oldDistrict)}</dd>
        <dt>{t.common.nyBydel}</dt>
        <dd>{districtName(preview.newDistrict)}</dd>
        <dt>{t.importer.avsender}</dt>
        <dd>
          {preview.sender.coordinatorName}, {preview.sender.coordinatorContact}
        </dd>
      </dl>
      {preview.changes.length > 0 && (
        <>
          <h3>{t.importer.endringer}</h3>
          <ul>
            {preview.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.importer.innhold}</h3>
      {preview.sections.map((s) => (
        <div key={s.heading}>
          <h4>{s.heading}</h4>
          <dl className="bo-dl">
            {s.rows.map(([label, value], i) => (
              <div key={`${label}-${i}`} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/**
 * Importer dokument: a profile, an answer or a delegation from the other district. The file is
 * read and checked in main, the coordinator sees exactly what will be stored, and only a
 * confirmation writes it.
 */
export function ImportScreen() {
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const [importing, setImporting] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // A preview or a refusal takes focus, so a screen reader reads it and a keyboard user is there.
  useEffect(() => {
    if (state.kind === 'preview' || state.kind === 'refused') resultRef.current?.focus();
  }, [state]);

  async function choose(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'refused', fileName: file.name, message: ERROR_MESSAGES.DOKUMENT_FOR_STOR });
      return;
    }
    setState({ kind: 'reading', fileName: file.name });
    try {
      const base64 = await readFileAsBase64(file);
      const preview = await call('documents.previewImport', { base64 });
      setState({ kind: 'preview', fileName: file.name, base64, preview });
    } catch (err) {
      setState({ kind: 'refused', fileName: file.name, message: errorMessage(err) });
    }
  }

  async function confirm() {
    if (state.kind !== 'preview') return;
    setImporting(true);
    try {
      const result = await call('documents.import', { base64: state.base64 });
      navigate(`/bytte/${result.exchangeId}`);
    } catch (err) {
      setState({ kind: 'refused', fileName: state.fileName, message: errorMessage(err) });
    } finally {
      setImporting(false);
    }
  }

  function reset() {
    setState({ kind: 'empty' });
    if (inputRef.current) {
      inputRef.current.value = '';
      inputRef.current.focus();
    }
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void choose(e.dataTransfer.files[0]);
  };

  return (
    <>
      <h1 className="bo-page-title">{t.importer.tittel}</h1>
      <p className="bo-lead">{t.importer.ingress}</p>

      <div
        className={`bo-dropzone${dragging ? ' bo-dropzone--active' : ''}`}
        data-testid="slippsone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="bo-dropzone__title">{dragging ? t.importer.slippAktiv : t.importer.slipp}</p>
        {/* The native input does the work (keyboard, screen readers); the label is its visible,
            Norwegian button, whatever language the browser's own file button speaks. */}
        <input
          ref={inputRef}
          id="importfil"
          type="file"
          accept="application/pdf,.pdf"
          className="bo-visually-hidden bo-dropzone__input"
          aria-describedby="importfil-valgt"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <label htmlFor="importfil" className="pkt-btn pkt-btn--secondary pkt-btn--medium pkt-btn--label-only">
          <span className="pkt-btn__text">{t.importer.velgFil}</span>
        </label>
        <p id="importfil-valgt" className="bo-help">
          {state.kind === 'empty' ? t.importer.ingenFil : t.importer.valgtFil(state.fileName)}
        </p>
      </div>

      <p role="status" className="bo-help">
        {state.kind === 'reading' ? t.importer.leser(state.fileName) : ''}
      </p>

      <div ref={resultRef} tabIndex={-1} className="bo-import-result">
        {state.kind === 'refused' && (
          <PktAlert skin="error" title={t.importer.feilTittel} role="alert" data-testid="import-feil">
            <p>
              {t.importer.fil}: {state.fileName}
            </p>
            <p>{state.message}</p>
          </PktAlert>
        )}
        {state.kind === 'preview' && (
          <>
            {state.preview.outcome === 'uendret' && (
              <PktAlert skin="info" title={t.importer.uendret}>
                {state.preview.message}
              </PktAlert>
            )}
            <PreviewPanel preview={state.preview} fileName={state.fileName} />
            <div className="bo-actions">
              {state.preview.outcome === 'uendret' ? (
                state.preview.exchangeId !== null && <Link to={`/bytte/${state.preview.exchangeId}`}>{t.importer.tilByttet}</Link>
              ) : (
                <PktButton type="button" isLoading={importing} onClick={() => void confirm()}>
                  {t.importer.bekreft}
                </PktButton>
              )}
              <PktButton type="button" skin="tertiary" onClick={reset}>
                {t.importer.annenFil}
              </PktButton>
            </div>
          </>
        )}
      </div>
    </>
  );
}
