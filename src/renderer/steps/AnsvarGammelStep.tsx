import { districtName } from '../../shared/districts';
import { ANSVAR_GAMMEL_PUNKTER, type AnsvarGammelPunkt, type ExchangeState, type Sjekkpunkt } from '../../shared/exchange/model';
import { districtOfParty, ourParty, ownerOf } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { ansvarGammelOpenItems } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { ANSVAR_GAMMEL_LABELS } from '../../shared/i18n/labels';
import { groupAt, RadioGroup, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { isClosed, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const ansvarGammel = t.steps.ansvarGammel;

const STATUS_CHOICES = [
  { value: 'apen', label: ansvarGammel.ikkeGjort },
  { value: 'gjort', label: ansvarGammel.gjort },
  { value: 'ikke_relevant', label: ansvarGammel.ikkeRelevant },
];

function describe(punkt: Sjekkpunkt | undefined): string {
  if (!punkt || punkt.status === 'apen') return ansvarGammel.ikkeGjort;
  if (punkt.status === 'gjort') return ansvarGammel.gjortAv(punkt.hvem, formatDate(punkt.dato));
  return ansvarGammel.ikkeRelevantFordi(punkt.grunn);
}

/**
 * «Hvem gjorde det?» starts as the side that owns the checklist: this coordinator when it is
 * ours, otherwise the owning district's coordinator as far as we know them (the profile's sender).
 */
function defaultDoer(state: ExchangeState, ownName: string): string {
  const owner = ownerOf('ansvar_gammel', state);
  if (owner === 'begge' || owner === null || owner === ourParty(state)) return ownName;
  const sender = owner === 'gammel' ? state.brukerprofil?.avsender?.coordinatorName : undefined;
  return sender ?? t.partnerSync.partnerBydel(districtName(districtOfParty(state, owner)));
}

/**
 * Every item with its details filled in ahead (who, today, no reason), so ticking «gjort» or
 * «ikke relevant» shows them ready; only what the status asks for is sent.
 */
function checklistDefaults(state: ExchangeState, ownName: string): Partial<Record<AnsvarGammelPunkt, Sjekkpunkt>> {
  const punkter: Partial<Record<AnsvarGammelPunkt, Sjekkpunkt>> = {};
  for (const punkt of ANSVAR_GAMMEL_PUNKTER) {
    const withDetails = { hvem: defaultDoer(state, ownName), dato: osloToday(), grunn: '', ...(state.ansvarGammel?.punkter[punkt] ?? { status: 'apen' as const }) };
    punkter[punkt] = withDetails;
  }
  return punkter;
}

/** Step 9: the old district's checklist from the routine, each item with who and when. */
export function AnsvarGammelStep(props: StepProps) {
  const { settings } = useSettings();
  const state = props.detail.state;
  const saved = state.ansvarGammel;
  const checklist = useActionForm('ansvar_gammel.lagre', props, {
    ansvar: { punkter: checklistDefaults(state, settings.coordinatorName), ...(saved?.innflyttingsdato ? { innflyttingsdato: saved.innflyttingsdato } : {}) },
  });
  const punkter = checklist.form.watch('ansvar.punkter');
  const open = ansvarGammelOpenItems(state).length;
  const entersHere = useEntersHere(props.detail, 'ansvar_gammel');
  const readOnly = isClosed(props.detail) || !entersHere;

  return (
    <>
      <p>{ansvarGammel.ingress(7 - open, saved?.innflyttingsdato ? formatDate(saved.innflyttingsdato) : undefined)}</p>
      {readOnly ? (
        <ul>
          {ANSVAR_GAMMEL_PUNKTER.map((punkt) => (
            <li key={punkt}>
              {ANSVAR_GAMMEL_LABELS[punkt]}: {describe(saved?.punkter[punkt])}
            </li>
          ))}
        </ul>
      ) : (
        <StepForm form={checklist} label={ansvarGammel.sjekkliste} submitLabel={ansvarGammel.lagre}>
          <TextField
            form={checklist.form}
            name="ansvar.innflyttingsdato"
            label={ansvarGammel.innflyttingsdato}
            type="date"
            required={false}
            options={{ setValueAs: (v: string) => v || undefined }}
          />
          {ANSVAR_GAMMEL_PUNKTER.map((punkt) => {
            const item = groupAt(checklist.form, `ansvar.punkter.${punkt}`);
            const status = punkter[punkt]?.status;
            return (
              <div key={punkt} className="bo-check-item" data-punkt={punkt}>
                <RadioGroup form={item} name="status" label={ANSVAR_GAMMEL_LABELS[punkt]} choices={STATUS_CHOICES} />
                {status === 'gjort' && (
                  <div className="bo-check-item__detail">
                    <TextField form={item} name="hvem" label={ansvarGammel.hvem} required />
                    <TextField form={item} name="dato" label={ansvarGammel.nar} type="date" required />
                  </div>
                )}
                {status === 'ikke_relevant' && <TextAreaField form={item} name="grunn" label={ansvarGammel.hvorforIkkeRelevant} required rows={2} />}
              </div>
            );
          })}
        </StepForm>
      )}
      <WhatNext>{ansvarGammel.neste}</WhatNext>
    </>
  );
}
