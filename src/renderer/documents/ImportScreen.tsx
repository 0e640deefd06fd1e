import { PktAlert, PktButton, PktCheckbox } from '@oslokommune/punkt-react';
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ImportPreview, MAX_IMPORT_BYTES } from '../../shared/contract-documents';
import { type DistrictId, districtName } from '../../shared/districts';
import { ERROR_MESSAGES } from '../../shared/errors';
import { call, errorMessage } from '../api/client';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { type Column, DataTable } from '../components/DataTable';
import { FileChooser } from '../components/FileChooser';
import { useAction } from '../components/use-action';
import { Facts, FactSections } from '../steps/common';
import { FolderFetch } from '../sync/FolderFetch';
import { readFileAsBase64 } from './read-file';
import './documents.css';

type State =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; base64: string; preview: ImportPreview }
  | { kind: 'refused'; fileName: string; message: string };

/** The district that sent the update: whichever of the exchange's two is not ours. */
function senderDistrict(preview: ImportPreview, own: DistrictId): DistrictId {
  return preview.oldDistrict === own ? preview.newDistrict : preview.oldDistrict;
}

const PROFILE_CHANGE_COLUMNS: Column<ImportPreview['profileChanges'][number]>[] = [
  { header: t.importer.felt, rowHeader: true, cell: (change) => change.label },
  { header: t.importer.for, cell: (change) => change.before },
  { header: t.importer.na, className: 'bo-import-profile__after', cell: (change) => change.after },
];

/** A changed profile is shown field by field, so it can never pass for the one already stored. */
function ProfileChanges({ changes }: { changes: ImportPreview['profileChanges'] }) {
  return (
    <section className="bo-import-profile" aria-labelledby="profilendringer-tittel" data-testid="profilendringer">
      <h3 id="profilendringer-tittel">{t.importer.profilTittel}</h3>
      <p>{t.importer.profilIngress}</p>
      <DataTable caption={t.importer.profilTittel} columns={PROFILE_CHANGE_COLUMNS} rows={changes} rowKey={(change) => change.label} />
    </section>
  );
}

/** What the import will store, exactly as main planned it: the facts, the content, the history lines. */
export function PreviewPanel({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { settings } = useSettings();
  return (
    <section className="bo-card" aria-labelledby="forhandsvisning-tittel" data-testid="import-forhandsvisning">
      <h2 id="forhandsvisning-tittel">{t.importer.forhandsvisning}</h2>
      <p className="bo-import-update">{t.importer.oppdateringFra(preview.seq, districtName(senderDistrict(preview, settings.district)))}</p>
      <p>{preview.message}</p>
      <Facts
        items={[
          [t.importer.fil, fileName],
          [t.importer.oppdatering, String(preview.seq)],
          [t.common.referanse, preview.reference],
          [t.common.gammelBydel, districtName(preview.oldDistrict)],
          [t.common.nyBydel, districtName(preview.newDistrict)],
          [t.importer.avsender, `${preview.sender.coordinatorName}, ${preview.sender.coordinatorContact}`],
        ]}
      />
      {preview.findings.length > 0 && (
        <PktAlert skin="error" title={t.importer.funnTittel} data-testid="import-funn">
          <p>{t.importer.funnIngress}</p>
          <ul id="import-funn-liste">
            {preview.findings.map((f, i) => (
              <li key={`${f.field}-${i}`}>{t.importer.funnLinje(f.field, f.kind, f.text)}</li>
            ))}
          </ul>
        </PktAlert>
      )}
      {preview.profileChanges.length > 0 && <ProfileChanges changes={preview.profileChanges} />}
      {preview.conflicts.length > 0 && (
        <PktAlert skin="warning" title={t.importer.uenighetTittel} data-testid="import-uenighet">
          <p>{t.importer.uenighetIngress}</p>
          <ul>
            {preview.conflicts.map((c, i) => (
              <li key={`${c}-${i}`}>{c}</li>
            ))}
          </ul>
        </PktAlert>
      )}
      <h3>{t.importer.endringer}</h3>
      {preview.changes.length > 0 ? (
        <ul>
          {preview.changes.map((c, i) => (
            <li key={`${c}-${i}`}>{c}</li>
          ))}
        </ul>
      ) : (
        <p>{t.importer.ingenEndringer}</p>
      )}
      {preview.sections.length > 0 && <h3>{t.importer.innhold}</h3>}
      <FactSections sections={preview.sections} />
    </section>
  );
}

/**
 * Importer dokument: an update from the partner district (a profile, an answer, a delegation or
 * a one-page update), signed with the key paired under Innstillinger: a PDF, or a sealed
 * `.bytteordning` file from a shared folder. The file is read and verified in main, the
 * coordinator sees exactly what will be stored, and only a confirmation writes it; possible
 * personal identifiers in it must be acknowledged first. «Hent fra felles mappe» above does the
 * same for every file in the shared folders at once.
 */
export function ImportScreen() {
  const navigate = useNavigate();
  const { settings } = useSettings();
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [acceptMissing, setAcceptMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const acceptRef = useRef<HTMLInputElement>(null);

  // A preview or a refusal takes focus, so a screen reader reads it and a keyboard user is there.
  useEffect(() => {
    if (state.kind === 'preview' || state.kind === 'refused') resultRef.current?.focus();
  }, [state]);

  async function choose(file: File | undefined) {
    if (!file) return;
    setAccepted(false);
    setAcceptMissing(false);
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

  const importing = useAction(
    async (base64: string, acceptFindings: boolean) => {
      const result = await call('documents.import', { base64, acceptFindings });
      navigate(`/bytte/${result.exchangeId}`);
    },
    { onError: (message) => setState({ kind: 'refused', fileName: state.kind === 'empty' ? '' : state.fileName, message }) },
  );

  function confirm() {
    if (state.kind !== 'preview') return;
    const hasFindings = state.preview.findings.length > 0;
    if (hasFindings && !accepted) {
      setAcceptMissing(true);
      acceptRef.current?.focus();
      return;
    }
    importing.run(state.base64, hasFindings);
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

  // The preview's heading says the same on screen; a screen reader hears it as soon as it is there.
  const announced = state.kind === 'preview' ? t.importer.oppdateringFra(state.preview.seq, districtName(senderDistrict(state.preview, settings.district))) : '';

  return (
    <>
      <h1 className="bo-page-title">{t.importer.tittel}</h1>
      <p className="bo-lead">{t.importer.ingress}</p>
      <FolderFetch />

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
        <FileChooser
          id="importfil"
          accept="application/pdf,.pdf,.bytteordning"
          label={t.importer.velgFil}
          help={t.importer.filTyper}
          chosen={state.kind === 'empty' ? t.common.ingenFil : t.common.valgtFil(state.fileName)}
          inputRef={inputRef}
          onChoose={(file) => void choose(file)}
        />
      </div>

      {/* Announces the reading and what the preview is; a refusal announces itself (role="alert"). */}
      <p role="status" className="bo-help">
        {state.kind === 'reading' ? t.common.leser(state.fileName) : ''}
        <span className="bo-visually-hidden">{announced}</span>
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
            <PreviewPanel preview={state.preview} fileName={state.fileName} />
            {state.preview.findings.length > 0 && (
              <div className="bo-import-accept">
                <PktCheckbox
                  ref={acceptRef}
                  id="import-funn-bekreft"
                  label={t.importer.funnBekreft}
                  checked={accepted}
                  hasError={acceptMissing && !accepted}
                  aria-describedby={acceptMissing && !accepted ? 'import-funn-liste import-funn-bekreft-feil' : 'import-funn-liste'}
                  aria-invalid={acceptMissing && !accepted ? true : undefined}
                  onChange={(e) => setAccepted(e.target.checked)}
                />
                {acceptMissing && !accepted && (
                  <p className="bo-error-text" id="import-funn-bekreft-feil" role="alert">
                    {t.importer.funnMaBekreftes}
                  </p>
                )}
              </div>
            )}
            <div className="bo-actions">
              <PktButton type="button" isLoading={importing.busy} onClick={confirm}>
                {t.importer.bekreft}
              </PktButton>
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
