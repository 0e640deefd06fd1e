import { PktAlert, PktButton, PktTextinput } from '@oslokommune/punkt-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import {
  type AvvistFunn,
  type BrukerprofilUtkast,
  brukerprofilSchema,
  brukerprofilUtkastSchema,
  type ProfileFindingField,
  type ProfileFreeTextField,
  profileTextMax,
} from '../../shared/exchange/model';
import { PROFILE_CHOICE_LABELS } from '../../shared/documents/profile-content';
import { PROFILE_FIELD_LABELS } from '../../shared/i18n/fact-labels';
import { cleanText, osloToday } from '../../shared/exchange/primitives';
import { isProfileComplete } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { IDENTIFIER_KIND_LABELS } from '../../shared/privacy/identifiers';
import { type ProfileFinding, profileFindings } from '../../shared/privacy/profile-findings';
import { errorMessage } from '../api/client';
import { CheckboxField, CheckboxGroup, choicesOf, groupAt, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { useDraft, useAppForm } from '../components/use-form-submit';
import { useValuesInTransition } from '../components/use-values-in-transition';
import { DownloadButton } from '../documents/DownloadButton';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import { ProfilePreview } from './ProfilePreview';
import { TjenesterField } from './TjenesterField';
import { WhatNext } from './common';
import { act, type StepProps, useActionForm } from './use-act';

interface ProfileForm {
  profil: BrukerprofilUtkast;
  avvisteFunn: AvvistFunn[];
}

const AUTOSAVE_MS = 800;
const UNTICKED = { husdyr: false, trinnfri: false, heis: false, behovBostotte: false, behovFastTrekk: false } as const;
const profilText = t.steps.brukerprofil;

/**
 * Drops what is empty so a draft never fails on an unanswered choice. Texts are cleaned as main
 * will store them, so the identifier check here sees the same text as main's before sending.
 */
function cleanDraft(p: BrukerprofilUtkast): BrukerprofilUtkast {
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(p)) {
    const v: unknown = typeof raw === 'string' ? cleanText(raw, 'multi').trim() : raw;
    if (v === '' || v === undefined || v === null) continue;
    if (k === 'tilleggsutfordringer' || k === 'flyttegrunner') {
      const list = Array.isArray(v) ? v : [];
      // No reason ticked yet is an unanswered question, not an invalid answer.
      if (k === 'flyttegrunner' && list.length === 0) continue;
      out[k] = list;
      continue;
    }
    out[k] = v;
  }
  return out as BrukerprofilUtkast;
}

/** A field's label by the first step of a validation issue's path. */
const LABEL_BY_FIELD = new Map<PropertyKey | undefined, string>(Object.entries(PROFILE_FIELD_LABELS));

/** Fields still missing before the profile is complete, by their labels. */
function missingFields(p: BrukerprofilUtkast): string[] {
  const r = brukerprofilSchema.safeParse(p);
  if (r.success) return [];
  return [...new Set(r.error.issues.map((issue) => LABEL_BY_FIELD.get(issue.path[0]) ?? String(issue.path[0])))];
}

function Marked({ text, findings }: { text: string; findings: ProfileFinding[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    parts.push(text.slice(at, f.start));
    parts.push(<mark key={f.start}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return <p className="bo-marked">{parts}</p>;
}

/** The findings in one free-text field, each to be removed from the text or dismissed with a reason. */
function FieldFindings({
  felt,
  rad,
  text,
  findings,
  onDismiss,
  readOnly,
}: {
  felt: ProfileFindingField;
  /** The service's index, for the free text of one service. */
  rad?: number;
  text: string;
  findings: ProfileFinding[];
  onDismiss: (d: AvvistFunn) => void;
  readOnly: boolean;
}) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string>();
  const open = findings.filter((f) => !f.dismissed);
  if (findings.length === 0) return null;
  const key = rad === undefined ? felt : `${felt}-${rad}`;
  return (
    <div className="bo-findings" data-testid={`funn-${key}`}>
      <PktAlert skin={open.length ? 'warning' : 'info'} compact title={open.length ? profilText.funnApne(open.length) : profilText.funnVurdert}>
        <Marked text={text} findings={findings} />
        <ul>
          {findings.map((f) => (
            <li key={`${f.start}-${f.tekst}`}>
              <strong>{IDENTIFIER_KIND_LABELS[f.kind]}</strong>: «{f.tekst}»
              {f.dismissed ? (
                profilText.funnAvvist
              ) : readOnly ? null : (
                <div className="bo-actions">
                  <PktTextinput
                    id={`avvis-${key}-${f.start}`}
                    label={profilText.avvisGrunn(f.tekst)}
                    value={reasons[f.tekst] ?? ''}
                    hasError={missing === f.tekst}
                    errorMessage={missing === f.tekst ? profilText.avvisGrunnMangler : undefined}
                    onChange={(e) => setReasons({ ...reasons, [f.tekst]: e.target.value })}
                  />
                  <PktButton
                    size="small"
                    skin="secondary"
                    type="button"
                    onClick={() => {
                      const grunn = (reasons[f.tekst] ?? '').trim();
                      if (!grunn) {
                        setMissing(f.tekst);
                        return;
                      }
                      setMissing(undefined);
                      onDismiss({ felt, tekst: f.tekst, grunn });
                    }}
                  >
                    {profilText.avvis}
                  </PktButton>
                </div>
              )}
            </li>
          ))}
        </ul>
        {open.length > 0 && <p>{profilText.funnHjelp}</p>}
      </PktAlert>
    </div>
  );
}

function SendForm(props: StepProps & { flush: () => Promise<void> }) {
  const sendt = useActionForm('brukerprofil.sendt', props, { dato: osloToday() }, { before: props.flush });
  return (
    <StepForm form={sendt} label={profilText.markerSendt} submitLabel={profilText.markerSomSendt}>
      <h3>{profilText.sendTittel}</h3>
      <p>{profilText.sendIngress}</p>
      <TextField form={sendt.form} name="dato" label={profilText.datoSendt} type="date" required />
    </StepForm>
  );
}

/** Step 2: the anonymous profile, saved as the coordinator types and checked for identifiers live. */
export function BrukerprofilStep(props: StepProps) {
  const { detail, onChange } = props;
  const stored = detail.state.brukerprofil;
  const sent = !!stored?.sendtDato;
  const closed = !!detail.state.avsluttet;
  const sync = usePartnerSync();
  // A checkbox has no «not answered»: unticked is no, so it is never listed as missing.
  const initialProfil: BrukerprofilUtkast = { ...UNTICKED, tilleggsutfordringer: [], flyttegrunner: [], tjenester: [], ...(stored?.profil ?? {}) };
  const form = useAppForm<ProfileForm>({
    defaultValues: {
      profil: initialProfil,
      avvisteFunn: stored?.avvisteFunn ?? [],
    },
  });
  useDraft(form, sent ? undefined : `${detail.id}:brukerprofil`);
  const values = useValuesInTransition(form) as ProfileForm;
  const profil = useMemo(() => cleanDraft(values.profil ?? {}), [values.profil]);
  const avvisteFunn = useMemo(() => values.avvisteFunn ?? [], [values.avvisteFunn]);
  const findings = useMemo(() => profileFindings(profil, avvisteFunn), [profil, avvisteFunn]);
  const [saveState, setSaveState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string; at?: string }>({ kind: 'idle' });
  const [showPreview, setShowPreview] = useState(false);
  const lastSaved = useRef(JSON.stringify({ profil: cleanDraft(initialProfil), avvisteFunn: stored?.avvisteFunn ?? [] }));

  const detailRef = useRef(detail);
  detailRef.current = detail;

  /** Stores the draft now if it differs from what main has; the one way drafts are saved. */
  const saveDraft = useCallback(async (): Promise<void> => {
    // From the form itself: the values rendered may be a keystroke behind (useValuesInTransition).
    const latest = form.getValues();
    const p = cleanDraft(latest.profil);
    const d = latest.avvisteFunn;
    const payload = JSON.stringify({ profil: p, avvisteFunn: d });
    if (payload === lastSaved.current) return;
    const parsed = brukerprofilUtkastSchema.safeParse(p);
    if (!parsed.success) {
      setSaveState({ kind: 'error', message: parsed.error.issues[0]?.message ?? profilText.utkastKanIkkeLagres });
      throw new Error(parsed.error.issues[0]?.message);
    }
    setSaveState({ kind: 'saving' });
    try {
      const saved = await act(detailRef.current, { type: 'brukerprofil.lagre', profil: parsed.data, avvisteFunn: d });
      lastSaved.current = payload;
      onChange(saved);
      setSaveState({ kind: 'saved', at: new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' }) });
    } catch (err) {
      setSaveState({ kind: 'error', message: errorMessage(err) });
      throw err;
    }
  }, [form, onChange]);

  // Autosave: a draft is stored in main shortly after the coordinator stops typing.
  useEffect(() => {
    if (sent || closed) return;
    const timer = setTimeout(() => saveDraft().catch(() => undefined), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [profil, avvisteFunn, sent, closed, saveDraft]);

  const missing = useMemo(() => missingFields(profil), [profil]);
  const openFindings = findings.filter((f) => !f.dismissed).length;
  const ready = isProfileComplete(profil) && openFindings === 0;
  const readOnly = sent || closed;
  const dismiss = (d: AvvistFunn) => form.setValue('avvisteFunn', [...avvisteFunn.filter((x) => !(x.felt === d.felt && x.tekst === d.tekst)), d]);
  const freeText = (felt: ProfileFreeTextField, help?: string) => (
    <>
      <TextAreaField form={form} name={`profil.${felt}`} label={PROFILE_FIELD_LABELS[felt]} help={help} required={false} rows={3} maxLength={profileTextMax(felt)} />
      <FieldFindings felt={felt} text={profil[felt] ?? ''} findings={findings.filter((f) => f.felt === felt)} readOnly={readOnly} onDismiss={dismiss} />
    </>
  );
  const serviceFindings = (rad: number) => (
    <FieldFindings
      felt="tjenester"
      rad={rad}
      text={profil.tjenester?.[rad]?.kommentar ?? ''}
      findings={findings.filter((f) => f.felt === 'tjenester' && f.rad === rad)}
      readOnly={readOnly}
      onDismiss={dismiss}
    />
  );

  if (sent) {
    return (
      <>
        <p>
          {profilText.sendt} <strong>{formatDate(stored?.sendtDato)}</strong>.
        </p>
        {/* The PDF carries every unsent change: the count beside the exchange must follow. */}
        {detail.state.direction === 'utgaende' && <DownloadButton exchangeId={detail.id} kind="brukerprofil" onMade={sync.refresh} />}
        <ProfilePreview detail={detail} profil={stored?.profil ?? {}} />
        <WhatNext>{profilText.nesteSendt}</WhatNext>
      </>
    );
  }

  // The profile's fields find its form here; the send form below has its own.
  return (
    <FormProvider {...form}>
      <p>{profilText.ingress}</p>
      <p role="status" aria-live="polite" className="bo-help" data-testid="autolagring">
        {saveState.kind === 'saving' && profilText.lagrerUtkast}
        {saveState.kind === 'saved' && profilText.utkastLagret(saveState.at ?? '')}
        {saveState.kind === 'error' && profilText.utkastIkkeLagret(saveState.message ?? '')}
      </p>
      <form className="bo-form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={STEP_LABELS.brukerprofil}>
        <fieldset disabled={readOnly}>
          <h3>{profilText.personOgHusstand}</h3>
          <SelectField form={form} name="profil.aldersgruppe" label={PROFILE_FIELD_LABELS.aldersgruppe} required choices={choicesOf(PROFILE_CHOICE_LABELS.aldersgruppe)} />
          <SelectField form={form} name="profil.kjonn" label={PROFILE_FIELD_LABELS.kjonn} required={false} choices={choicesOf(PROFILE_CHOICE_LABELS.kjonn)} />
          <SelectField form={form} name="profil.husstand" label={PROFILE_FIELD_LABELS.husstand} required choices={choicesOf(PROFILE_CHOICE_LABELS.husstand)} />
          <CheckboxField form={form} name="profil.husdyr" label={profilText.harHusdyr} />
          <CheckboxGroup form={form} name="profil.tilleggsutfordringer" label={PROFILE_FIELD_LABELS.tilleggsutfordringer} required={false} choices={choicesOf(PROFILE_CHOICE_LABELS.tilleggsutfordringer)} />
        </fieldset>
        <fieldset disabled={readOnly}>
          <h3>{profilText.bosituasjonOgFlytting}</h3>
          <SelectField form={form} name="profil.bosituasjon" label={PROFILE_FIELD_LABELS.bosituasjon} required choices={choicesOf(PROFILE_CHOICE_LABELS.bosituasjon)} />
          {freeText('bosituasjonKommentar')}
          <CheckboxGroup form={form} name="profil.flyttegrunner" label={PROFILE_FIELD_LABELS.flyttegrunner} required choices={choicesOf(PROFILE_CHOICE_LABELS.flyttegrunner)} />
          {freeText('flyttegrunnerKommentar')}
        </fieldset>
        <fieldset disabled={readOnly}>
          <h3>{profilText.boligbehov}</h3>
          <RadioGroup form={form} name="profil.boligtype" label={PROFILE_FIELD_LABELS.boligtype} required choices={choicesOf(PROFILE_CHOICE_LABELS.boligtype)} />
          <SelectField form={form} name="profil.boligstorrelse" label={PROFILE_FIELD_LABELS.boligstorrelse} required choices={choicesOf(PROFILE_CHOICE_LABELS.boligstorrelse)} />
          <CheckboxField form={form} name="profil.trinnfri" label={profilText.trinnfriFelt} />
          <CheckboxField form={form} name="profil.heis" label={profilText.heisFelt} />
          {freeText('omradeonsker', profilText.omradeonskerHjelp)}
          {freeText('unnga', profilText.unngaHjelp)}
        </fieldset>
        <fieldset disabled={readOnly}>
          <h3>{profilText.tjenesterOgOppfolging}</h3>
          <TjenesterField form={groupAt(form, 'profil')} findingsOf={serviceFindings} />
        </fieldset>
        <fieldset disabled={readOnly}>
          <h3>{profilText.okonomi}</h3>
          <SelectField form={form} name="profil.inntekt" label={PROFILE_FIELD_LABELS.inntekt} required choices={choicesOf(PROFILE_CHOICE_LABELS.inntekt)} />
          <CheckboxField form={form} name="profil.behovBostotte" label={profilText.behovBostotte} />
          <CheckboxField form={form} name="profil.behovFastTrekk" label={profilText.behovFastTrekkFelt} />
        </fieldset>
        <fieldset disabled={readOnly}>
          <h3>{profilText.ressurserOgAnnet}</h3>
          {freeText('ressurser')}
          {freeText('annet')}
        </fieldset>
      </form>

      <div className="bo-actions" style={{ margin: '1.5rem 0' }}>
        <PktButton skin="secondary" type="button" onClick={() => setShowPreview((v) => !v)} aria-expanded={showPreview}>
          {showPreview ? profilText.skjulForhandsvisning : profilText.visForhandsvisning}
        </PktButton>
      </div>
      {showPreview && <ProfilePreview detail={detail} profil={profil} />}

      {!ready && (
        <PktAlert skin="info" title={profilText.ikkeKlar} data-testid="profil-mangler">
          {missing.length > 0 && <p>{profilText.fyllUt(missing.join(', '))}</p>}
          {openFindings > 0 && <p>{profilText.vurderFunn(openFindings)}</p>}
        </PktAlert>
      )}
      {ready && !closed && <SendForm {...props} flush={saveDraft} />}
      <WhatNext>{profilText.neste}</WhatNext>
    </FormProvider>
  );
}
