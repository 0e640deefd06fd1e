import type { ReactNode } from 'react';
import { FACT_OWNERS, type FactKey } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { nextTildelingSubstep, type TildelingSubstep } from '../../shared/exchange/workflow';
import { tildelingRows } from '../../shared/facts/tildeling';
import { TILDELING_LABELS, VEDTAK_RESULTAT_LABELS } from '../../shared/i18n/fact-labels';
import { BOLIGTYPE_LABELS, STEP_STATUS_LABELS } from '../../shared/i18n/labels';
import { choicesOf, RadioGroup, SelectField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import { Facts, isClosed, WhatNext } from './common';
import { entersHere, OwnedBy } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const tildelingText = t.steps.tildeling;

/** The parts of tildeling that are a date alone: the application, and the allocation. */
function DatoForm(props: StepProps & { action: 'tildeling.soknad' | 'tildeling.tildelt'; dato: string | undefined; text: { form: string; label: string; submit: string } }) {
  const f = useActionForm(props.action, props, { dato: props.dato ?? osloToday() });
  return (
    <StepForm form={f} label={props.text.form} submitLabel={props.text.submit}>
      <TextField form={f.form} name="dato" label={props.text.label} type="date" required />
    </StepForm>
  );
}

function VedtakForm(props: StepProps) {
  const f = useActionForm('tildeling.vedtak', props, {
    vedtak: props.detail.state.tildeling?.vedtak ?? { dato: osloToday(), referanse: '', resultat: 'innvilget' },
  });
  return (
    <StepForm form={f} label={tildelingText.vedtak} submitLabel={tildelingText.registrerVedtak}>
      <TextField form={f.form} name="vedtak.dato" label={TILDELING_LABELS.vedtaksdato} type="date" required />
      <TextField form={f.form} name="vedtak.referanse" label={tildelingText.vedtaksreferanse} required />
      <RadioGroup form={f.form} name="vedtak.resultat" label={TILDELING_LABELS.resultat} required choices={choicesOf(VEDTAK_RESULTAT_LABELS)} />
    </StepForm>
  );
}

function BoligForm(props: StepProps) {
  const f = useActionForm('tildeling.bolig', props, {
    bolig: { referanse: '', type: 'ordinaer', rom: 1, funnetDato: osloToday(), delegertDato: osloToday() },
  });
  return (
    <StepForm form={f} label={tildelingText.bolig} submitLabel={tildelingText.registrerBolig}>
      <TextField form={f.form} name="bolig.referanse" label={TILDELING_LABELS.boligreferanse} required help={tildelingText.boligreferanseHjelp} />
      <SelectField form={f.form} name="bolig.type" label={TILDELING_LABELS.type} required choices={choicesOf(BOLIGTYPE_LABELS)} placeholder={null} />
      <TextField form={f.form} name="bolig.rom" label={TILDELING_LABELS.rom} type="number" required options={{ valueAsNumber: true }} />
      <TextField form={f.form} name="bolig.funnetDato" label={tildelingText.funnetDato} type="date" required />
      <TextField form={f.form} name="bolig.delegertDato" label={tildelingText.delegertDato} type="date" required />
    </StepForm>
  );
}

/** Each part of tildeling is a fact of its own, owned by one district (ownership.ts). */
const SUBSTEPS = (['soknad', 'vedtak', 'bolig', 'tildelt'] as const).map((id) => {
  const fact: FactKey = `tildeling.${id}`;
  return { id, fact, title: tildelingText.delsteg[id], who: FACT_OWNERS[fact] === 'ny' ? t.common.nyBydel : t.common.gammelBydel };
});

/** Step 6: application, decision, dwelling and delegation, allocation — in that order, always. */
export function TildelingStep(props: StepProps) {
  const s = props.detail.state;
  const { paired } = usePartnerSync();
  const td = s.tildeling ?? {};
  const next = nextTildelingSubstep(s);
  const order = SUBSTEPS.map((x) => x.id);
  const doneUpTo = next === null ? 4 : order.indexOf(next);
  const facts = tildelingRows(td);
  const forms: Record<TildelingSubstep, ReactNode> = {
    soknad: <DatoForm {...props} action="tildeling.soknad" dato={td.soknadDato} text={{ form: tildelingText.soknad, label: tildelingText.soknadDato, submit: tildelingText.registrerSoknad }} />,
    vedtak: <VedtakForm {...props} />,
    bolig: <BoligForm {...props} />,
    tildelt: <DatoForm {...props} action="tildeling.tildelt" dato={undefined} text={{ form: tildelingText.tildeling, label: tildelingText.tildeltDato, submit: tildelingText.registrerTildeling }} />,
  };
  const declined = (s.visning?.runder ?? []).filter((r) => r.utfall === 'avslatt').length;
  return (
    <>
      <p>{tildelingText.ingress}</p>
      {declined > 0 && !td.bolig && <p className="bo-next">{tildelingText.avslatteBoliger(declined)}</p>}
      <ol className="bo-substeps">
        {SUBSTEPS.map((sub, i) => {
          const state = i < doneUpTo ? STEP_STATUS_LABELS.done : i === doneUpTo ? tildelingText.neste : t.common.venter;
          return (
            <li key={sub.id} data-substep={sub.id} data-state={state}>
              <h3>
                {sub.title} <span className="bo-help">({sub.who} · {state})</span>
              </h3>
              {i <= doneUpTo && <OwnedBy detail={props.detail} fact={sub.fact} />}
              {i < doneUpTo && <Facts items={facts[sub.id]} />}
              {i === doneUpTo && !isClosed(props.detail) && entersHere(props.detail, sub.fact, paired) && forms[sub.id]}
            </li>
          );
        })}
      </ol>
      <WhatNext>{tildelingText.nesteVisning}</WhatNext>
    </>
  );
}
