import type { ReactNode } from 'react';
import { FACT_OWNERS, type FactKey } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { nextTildelingSubstep, type TildelingSubstep } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { BOLIGTYPE_LABELS, STEP_STATUS_LABELS } from '../../shared/i18n/labels';
import { choicesOf, RadioGroup, SelectField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import { Facts, isClosed, WhatNext } from './common';
import { entersHere, OwnedBy } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const tl = t.steps.tildeling;

function SoknadForm(props: StepProps) {
  const f = useActionForm('tildeling.soknad', props, { dato: props.detail.state.tildeling?.soknadDato ?? osloToday() });
  return (
    <StepForm form={f} label={tl.soknad} submitLabel={tl.registrerSoknad}>
      <TextField form={f.form} name="dato" label={tl.soknadDato} type="date" required />
    </StepForm>
  );
}

function VedtakForm(props: StepProps) {
  const f = useActionForm('tildeling.vedtak', props, {
    vedtak: props.detail.state.tildeling?.vedtak ?? { dato: osloToday(), referanse: '', resultat: 'innvilget' },
  });
  return (
    <StepForm form={f} label={tl.vedtak} submitLabel={tl.registrerVedtak}>
      <TextField form={f.form} name="vedtak.dato" label={tl.vedtaksdato} type="date" required />
      <TextField form={f.form} name="vedtak.referanse" label={tl.vedtaksreferanse} required />
      <RadioGroup form={f.form} name="vedtak.resultat" label={tl.resultat} required choices={[{ value: 'innvilget', label: tl.innvilget }, { value: 'avslag', label: tl.avslag }]} />
    </StepForm>
  );
}

function BoligForm(props: StepProps) {
  const f = useActionForm('tildeling.bolig', props, {
    bolig: { referanse: '', type: 'ordinaer', rom: 1, funnetDato: osloToday(), delegertDato: osloToday() },
  });
  return (
    <StepForm form={f} label={tl.bolig} submitLabel={tl.registrerBolig}>
      <TextField form={f.form} name="bolig.referanse" label={tl.boligreferanseFelt} required help={tl.boligreferanseHjelp} />
      <SelectField form={f.form} name="bolig.type" label={t.common.typeBolig} required choices={choicesOf(BOLIGTYPE_LABELS)} placeholder={null} />
      <TextField form={f.form} name="bolig.rom" label={tl.antallRom} type="number" required options={{ valueAsNumber: true }} />
      <TextField form={f.form} name="bolig.funnetDato" label={tl.funnetDato} type="date" required />
      <TextField form={f.form} name="bolig.delegertDato" label={tl.delegertDato} type="date" required />
    </StepForm>
  );
}

function TildeltForm(props: StepProps) {
  const f = useActionForm('tildeling.tildelt', props, { dato: osloToday() });
  return (
    <StepForm form={f} label={tl.tildeling} submitLabel={tl.registrerTildeling}>
      <TextField form={f.form} name="dato" label={tl.tildeltDato} type="date" required />
    </StepForm>
  );
}

/** Each part of tildeling is a fact of its own, owned by one district (ownership.ts). */
const SUBSTEPS = (['soknad', 'vedtak', 'bolig', 'tildelt'] as const).map((id) => {
  const fact: FactKey = `tildeling.${id}`;
  return { id, fact, title: tl.delsteg[id], who: FACT_OWNERS[fact] === 'ny' ? t.common.nyBydel : t.common.gammelBydel };
});

/** Step 6: application, decision, dwelling and delegation, allocation — in that order, always. */
export function TildelingStep(props: StepProps) {
  const s = props.detail.state;
  const { paired } = usePartnerSync();
  const td = s.tildeling ?? {};
  const next = nextTildelingSubstep(s);
  const order = SUBSTEPS.map((x) => x.id);
  const doneUpTo = next === null ? 4 : order.indexOf(next);
  const facts: Record<TildelingSubstep, [string, string][]> = {
    soknad: [[tl.sokt, formatDate(td.soknadDato)]],
    vedtak: td.vedtak
      ? [
          [tl.vedtaksdato, formatDate(td.vedtak.dato)],
          [t.common.referanse, td.vedtak.referanse],
          [tl.resultat, td.vedtak.resultat === 'innvilget' ? tl.innvilget : tl.avslag],
        ]
      : [],
    bolig: td.bolig
      ? [
          [tl.boligreferanse, td.bolig.referanse],
          [t.common.type, BOLIGTYPE_LABELS[td.bolig.type]],
          [tl.rom, String(td.bolig.rom)],
          [tl.funnet, formatDate(td.bolig.funnetDato)],
          [tl.delegert, formatDate(td.bolig.delegertDato)],
        ]
      : [],
    tildelt: [[tl.tildelt, formatDate(td.tildeltDato)]],
  };
  const forms: Record<TildelingSubstep, ReactNode> = {
    soknad: <SoknadForm {...props} />,
    vedtak: <VedtakForm {...props} />,
    bolig: <BoligForm {...props} />,
    tildelt: <TildeltForm {...props} />,
  };
  const declined = (s.visning?.runder ?? []).filter((r) => r.utfall === 'avslatt').length;
  return (
    <>
      <p>{tl.ingress}</p>
      {declined > 0 && !td.bolig && <p className="bo-next">{tl.avslatteBoliger(declined)}</p>}
      <ol className="bo-substeps">
        {SUBSTEPS.map((sub, i) => {
          const state = i < doneUpTo ? STEP_STATUS_LABELS.done : i === doneUpTo ? tl.neste : t.common.venter;
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
      <WhatNext>{tl.nesteVisning}</WhatNext>
    </>
  );
}
