import { districtName } from '../../shared/districts';
import { ANSVAR_GAMMEL_PUNKTER, type AnsvarGammelPunkt, type ExchangeState, type Sjekkpunkt } from '../../shared/exchange/model';
import { districtOfParty, ourParty, ownerOf } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { ansvarGammelOpenItems } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { ANSVAR_GAMMEL_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { isClosed, Submit, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const a = t.steps.ansvarGammel;

const STATUS_CHOICES = [
  { value: 'apen', label: a.ikkeGjort },
  { value: 'gjort', label: a.gjort },
  { value: 'ikke_relevant', label: a.ikkeRelevant },
];

function describe(p: Sjekkpunkt | undefined): string {
  if (!p || p.status === 'apen') return a.ikkeGjort;
  if (p.status === 'gjort') return a.gjortAv(p.hvem, formatDate(p.dato));
  return a.ikkeRelevantFordi(p.grunn);
}

/**
 * «Hvem gjorde det?» starts as the side that owns the checklist: this coordinator when it is
 * ours, otherwise the owning district's coordinator as far as we know them (the profile's sender).
 */
function defaultDoer(s: ExchangeState, ownName: string): string {
  const owner = ownerOf('ansvar_gammel', s);
  if (owner === 'begge' || owner === null || owner === ourParty(s)) return ownName;
  const sender = owner === 'gammel' ? s.brukerprofil?.avsender?.coordinatorName : undefined;
  return sender ?? t.partnerSync.partnerBydel(districtName(districtOfParty(s, owner)));
}

/** Step 9: the old district's checklist from the routine, each item with who and when. */
export function AnsvarGammelStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const saved = s.ansvarGammel;
  const defaults = Object.fromEntries(
    ANSVAR_GAMMEL_PUNKTER.map((p) => [p, { hvem: defaultDoer(s, settings.coordinatorName), dato: osloToday(), grunn: '', ...(saved?.punkter[p] ?? { status: 'apen' }) }]),
  );
  const f = useActionForm('ansvar_gammel.lagre', props, {
    ansvar: { punkter: defaults, ...(saved?.innflyttingsdato ? { innflyttingsdato: saved.innflyttingsdato } : {}) },
  } as never);
  const watched = f.form.watch('ansvar.punkter' as never) as unknown as Record<AnsvarGammelPunkt, { status: string }>;
  const open = ansvarGammelOpenItems(s).length;
  const entersHere = useEntersHere(props.detail, 'ansvar_gammel');
  const readOnly = isClosed(props.detail) || !entersHere;

  return (
    <>
      <p>{a.ingress(7 - open, saved?.innflyttingsdato ? formatDate(saved.innflyttingsdato) : undefined)}</p>
      {readOnly ? (
        <ul>
          {ANSVAR_GAMMEL_PUNKTER.map((p) => (
            <li key={p}>
              {ANSVAR_GAMMEL_LABELS[p]}: {describe(saved?.punkter[p])}
            </li>
          ))}
        </ul>
      ) : (
        <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={a.sjekkliste}>
          <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
          <TextField
            form={f.form as never}
            name="ansvar.innflyttingsdato"
            label={a.innflyttingsdato}
            type="date"
            required={false}
            options={{ setValueAs: (v: string) => v || undefined }}
          />
          {ANSVAR_GAMMEL_PUNKTER.map((p) => {
            const status = watched?.[p]?.status;
            return (
              <div key={p} className="bo-check-item" data-punkt={p}>
                <RadioGroup form={f.form as never} name={`ansvar.punkter.${p}.status`} label={ANSVAR_GAMMEL_LABELS[p]} choices={STATUS_CHOICES} />
                {status === 'gjort' && (
                  <div className="bo-check-item__detail">
                    <TextField form={f.form as never} name={`ansvar.punkter.${p}.hvem`} label={a.hvem} required />
                    <TextField form={f.form as never} name={`ansvar.punkter.${p}.dato`} label={a.nar} type="date" required />
                  </div>
                )}
                {status === 'ikke_relevant' && (
                  <TextAreaField form={f.form as never} name={`ansvar.punkter.${p}.grunn`} label={a.hvorforIkkeRelevant} required rows={2} />
                )}
              </div>
            );
          })}
          <Submit busy={f.submitting}>{a.lagre}</Submit>
        </form>
      )}
      <WhatNext>{a.neste}</WhatNext>
    </>
  );
}
