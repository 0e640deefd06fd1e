import { PktAlert, PktButton, PktCheckbox, PktTextinput } from '@oslokommune/punkt-react';
import { useEffect, useRef, useState } from 'react';
import type { PartnerKeyPreview, Partners } from '../../shared/contract-sync';
import { districtName } from '../../shared/districts';
import { formatInstant } from '../../shared/i18n/format';
import { ApiError, call, errorMessage } from '../api/client';
import { useApi } from '../api/use-api';
import { ActionButton } from '../components/ActionButton';
import { type Column, DataTable } from '../components/DataTable';
import { FileChooser } from '../components/FileChooser';
import { useAction } from '../components/use-action';
import { readFileAsBase64 } from '../documents/read-file';
import { saveFile } from '../documents/save-file';
import { t } from '../i18n/nb';
import './partner-settings.css';

const p = t.partnere;

/**
 * A fingerprint as the two coordinators read it to each other: 12 groups of 5 digits, in rows
 * of four, so each side can keep its place while the other reads.
 */
function Fingerprint({ value, size = 'large', testId }: { value: string; size?: 'large' | 'small'; testId?: string }) {
  return (
    <p className={`bo-fingerprint bo-fingerprint--${size}`} data-testid={testId}>
      {value.split(' ').map((group, i) => (
        // Spaces between the groups keep them apart when the fingerprint is copied or read aloud.
        <span key={i}>{i > 0 ? ` ${group}` : group}</span>
      ))}
    </p>
  );
}

/** "Last ned vår partnernøkkel": the file the partner district imports to pair with us. */
function OwnKeyDownload() {
  return (
    <ActionButton
      label={p.lastNed}
      run={async () => {
        const file = await call('partners.ownKey', {});
        saveFile(file);
        return p.lastetNed(file.fileName);
      }}
    />
  );
}

type KeyState =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; base64: string; preview: PartnerKeyPreview }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'pinned'; message: string };

/** What the file claims, and what to compare on the phone before it is trusted. */
function KeyPreview({
  preview,
  busy,
  onPin,
  onCancel,
}: {
  preview: PartnerKeyPreview;
  busy: boolean;
  onPin: () => void;
  onCancel: () => void;
}) {
  const [compared, setCompared] = useState(false);
  const [missing, setMissing] = useState(false);
  const checkRef = useRef<HTMLInputElement>(null);
  const unchanged = preview.replaces === preview.fingerprint;
  // The key pinned today, when this file would replace it.
  const replaced = preview.replaces !== null && !unchanged ? preview.replaces : null;
  const name = districtName(preview.district);
  const showMissing = missing && !compared;

  function pin() {
    if (!compared) {
      setMissing(true);
      checkRef.current?.focus();
      return;
    }
    onPin();
  }

  return (
    <section className="bo-key-preview" aria-labelledby="nokkel-forhandsvisning-tittel" data-testid="nokkel-forhandsvisning">
      <h4 id="nokkel-forhandsvisning-tittel">{p.forhandsvisning}</h4>
      <dl className="bo-dl">
        <dt>{t.common.bydel}</dt>
        <dd>{name}</dd>
        <dt>{p.koordinator}</dt>
        <dd>{preview.coordinator}</dd>
        <dt>{p.fingeravtrykk}</dt>
        <dd>
          <Fingerprint value={preview.fingerprint} testId="partner-fingeravtrykk" />
        </dd>
      </dl>
      {unchanged ? (
        <PktAlert skin="info">{p.alleredeGodkjent}</PktAlert>
      ) : (
        <>
          {replaced && (
            <PktAlert skin="warning" title={p.byttTittel} data-testid="nokkel-bytte">
              <p>{p.byttIngress(name)}</p>
              <p>{p.gammeltFingeravtrykk}:</p>
              <Fingerprint value={replaced} size="small" testId="gammelt-fingeravtrykk" />
            </PktAlert>
          )}
          <p id="nokkel-sammenlign">{p.sammenlign}</p>
          <div className="bo-key-confirm">
            <PktCheckbox
              ref={checkRef}
              id="nokkel-sammenlignet"
              label={p.bekreftSammenlignet}
              checked={compared}
              hasError={showMissing}
              aria-describedby={showMissing ? 'nokkel-sammenlign nokkel-sammenlignet-feil' : 'nokkel-sammenlign'}
              aria-invalid={showMissing ? true : undefined}
              onChange={(e) => setCompared(e.target.checked)}
            />
            {showMissing && (
              <p className="bo-error-text" id="nokkel-sammenlignet-feil" role="alert">
                {p.maBekreftes}
              </p>
            )}
          </div>
        </>
      )}
      <div className="bo-actions">
        {!unchanged && (
          <PktButton type="button" isLoading={busy} onClick={pin}>
            {replaced ? p.bytt : p.godkjenn}
          </PktButton>
        )}
        <PktButton type="button" skin="tertiary" onClick={onCancel}>
          {t.common.avbryt}
        </PktButton>
      </div>
    </section>
  );
}

/** Reads a partner key file, shows it for comparison, and pins it once the coordinator confirms. */
function KeyImport({ onPinned }: { onPinned: (partners: Partners) => void }) {
  const [state, setState] = useState<KeyState>({ kind: 'empty' });
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = state.kind === 'reading' || state.kind === 'preview' || state.kind === 'refused' ? state.fileName : undefined;
  const pin = useAction(
    async (preview: PartnerKeyPreview, base64: string) => {
      onPinned(await call('partners.pinKey', { base64, fingerprint: preview.fingerprint }));
      const name = districtName(preview.district);
      setState({ kind: 'pinned', message: preview.replaces === null ? p.godkjent(name) : p.byttet(name) });
    },
    { onError: (message) => setState({ kind: 'refused', fileName: chosen ?? '', message }) },
  );

  // The preview takes focus, so a screen reader reads what is to be compared and a keyboard user is there.
  useEffect(() => {
    if (state.kind === 'preview') resultRef.current?.focus();
  }, [state]);

  function clearInput() {
    if (inputRef.current) inputRef.current.value = '';
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    try {
      const base64 = await readFileAsBase64(file);
      setState({ kind: 'preview', fileName: file.name, base64, preview: await call('partners.previewKey', { base64 }) });
    } catch (err) {
      setState({ kind: 'refused', fileName: file.name, message: errorMessage(err) });
    }
    // The same file chosen again (after a refusal or a cancel) must be read again.
    clearInput();
  }

  function cancel() {
    setState({ kind: 'empty' });
    inputRef.current?.focus();
  }

  return (
    <>
      <div className="bo-key-input">
        <FileChooser
          id="partnernokkel-fil"
          accept="application/json,.json"
          label={p.velgFil}
          help={p.velgFilHjelp}
          chosen={chosen ? t.common.valgtFil(chosen) : t.common.ingenFil}
          inputRef={inputRef}
          onChoose={(file) => void choose(file)}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="nokkel-status">
        {state.kind === 'reading' && <p className="bo-help">{t.common.leser(state.fileName)}</p>}
        {state.kind === 'pinned' && <PktAlert skin="success">{state.message}</PktAlert>}
      </div>
      <div ref={resultRef} tabIndex={-1} className="bo-key-result">
        {state.kind === 'refused' && (
          <PktAlert skin="error" title={p.feilTittel} role="alert" data-testid="nokkel-feil">
            <p>{state.message}</p>
          </PktAlert>
        )}
        {state.kind === 'preview' && (
          // A new file is a new comparison: the checkbox starts unticked.
          <KeyPreview key={state.base64} preview={state.preview} busy={pin.busy} onPin={() => pin.run(state.preview, state.base64)} onCancel={cancel} />
        )}
      </div>
    </>
  );
}

type Partner = Partners['partners'][number];

const PAIRED_COLUMNS: Column<Partner>[] = [
  { header: t.common.bydel, rowHeader: true, cell: (partner) => districtName(partner.district) },
  { header: p.koordinator, cell: (partner) => partner.coordinator },
  { header: p.fingeravtrykk, cell: (partner) => <Fingerprint value={partner.fingerprint} size="small" /> },
  { header: p.godkjentDato, className: 'bo-nowrap', cell: (partner) => formatInstant(partner.pinnedAt) },
  { header: p.godkjentAv, cell: (partner) => partner.pinnedBy },
];

function PairedTable({ partners }: { partners: Partner[] }) {
  return (
    <DataTable caption={p.parede} columns={PAIRED_COLUMNS} rows={partners} rowKey={(partner) => partner.district} empty={p.ingenParede} testId="parede-bydeler" />
  );
}

/** «Felles mappe» with one paired partner: a path main checks it can write to, saved or removed. */
function SharedFolder({ partner, onSaved }: { partner: Partner; onSaved: (partners: Partners, message: string) => void }) {
  const [folder, setFolder] = useState(partner.folder ?? '');
  const name = districtName(partner.district);
  const id = `felles-mappe-${partner.district}`;
  const save = useAction(
    async (next: string | null) => {
      const partners = await call('partners.setFolder', { district: partner.district, folder: next });
      const saved = partners.partners.find((x) => x.district === partner.district)?.folder ?? null;
      onSaved(partners, saved === null ? p.mappeFjernet(name) : p.mappeLagret(name, saved));
    },
    // A path the contract refuses has its own sentence on the field.
    { describe: (err) => (err instanceof ApiError ? (err.shape.fields?.[0]?.message ?? err.message) : errorMessage(err)) },
  );
  const removing = save.running?.[0] === null;

  return (
    <form
      className="bo-form bo-shared-folder"
      aria-label={p.mappeFelt(name)}
      data-testid={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.run(folder);
      }}
    >
      <PktTextinput
        id={id}
        name={id}
        label={p.mappeFelt(name)}
        helptext={p.mappeHjelp}
        autocomplete="off"
        value={folder}
        hasError={!!save.error}
        errorMessage={save.error}
        fullwidth
        onChange={(e) => setFolder(e.target.value)}
      />
      <p className="bo-help">{partner.folder ? p.mappeNa(partner.folder) : p.ingenMappe}</p>
      <div className="bo-actions">
        <PktButton type="submit" isLoading={save.busy && !removing}>
          {p.lagreMappe}
        </PktButton>
        {partner.folder && (
          <PktButton type="button" skin="tertiary" isLoading={removing} onClick={() => save.run(null)}>
            {p.fjernMappe}
          </PktButton>
        )}
      </div>
    </form>
  );
}

function SharedFolders({ partners, onChange }: { partners: Partner[]; onChange: (partners: Partners) => void }) {
  const [status, setStatus] = useState<string>();
  return (
    <>
      <p>{p.mappeIngress}</p>
      {partners.map((x) => (
        // Remounted when the stored folder changes, so the field shows the path as stored.
        <SharedFolder
          key={`${x.district}:${x.folder ?? ''}`}
          partner={x}
          onSaved={(next, message) => {
            onChange(next);
            setStatus(message);
          }}
        />
      ))}
      <p role="status" data-testid="mappe-status">
        {status}
      </p>
    </>
  );
}

/**
 * Partnerbydeler og nøkler: pairing with a partner district by exchanging key files and
 * comparing fingerprints on the phone. Only a key pinned here lets that district's documents in.
 */
export function PartnerSection() {
  const partners = useApi('partners.list', {}, 'partners');
  return (
    <section aria-labelledby="partnere-tittel" className="bo-partners">
      <h2 id="partnere-tittel">{p.tittel}</h2>
      <p>{p.ingress}</p>
      {partners.error && <PktAlert skin="error">{partners.error}</PktAlert>}

      <h3 id="vart-fingeravtrykk-tittel">{p.vartFingeravtrykk}</h3>
      <p>{p.vartFingeravtrykkHjelp}</p>
      {partners.data && <Fingerprint value={partners.data.ownFingerprint} testId="vart-fingeravtrykk" />}
      <OwnKeyDownload />

      <h3>{p.importerTittel}</h3>
      <KeyImport onPinned={partners.set} />

      <h3>{p.parede}</h3>
      {partners.data && <PairedTable partners={partners.data.partners} />}

      {partners.data && partners.data.partners.length > 0 && (
        <>
          <h3>{p.mappeTittel}</h3>
          <SharedFolders partners={partners.data.partners} onChange={partners.set} />
        </>
      )}
    </section>
  );
}
