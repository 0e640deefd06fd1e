import type { ReactNode } from 'react';
import { osloToday } from '../../shared/exchange/primitives';
import { nextTildelingSubstep, type TildelingSubstep } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { BOLIGTYPE_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { choicesOf, RadioGroup, SelectField, TextField } from '../components/fields';
import { Facts, isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function SoknadForm(props: StepProps) {
  const f = useActionForm('tildeling.soknad', props, { dato: props.detail.state.tildeling?.soknadDato ?? osloToday() });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Søknad om kommunal bolig">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="dato" label="Dato personen søkte kommunal bolig i gammel bydel" type="date" required />
      <Submit busy={f.submitting}>Registrer søknaden</Submit>
    </form>
  );
}

function VedtakForm(props: StepProps) {
  const f = useActionForm('tildeling.vedtak', props, {
    vedtak: props.detail.state.tildeling?.vedtak ?? { dato: osloToday(), referanse: '', resultat: 'innvilget' },
  });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Vedtak om kommunal bolig">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="vedtak.dato" label="Vedtaksdato" type="date" required />
      <TextField form={f.form} name="vedtak.referanse" label="Vedtaksreferanse (saksnummer)" required />
      <RadioGroup form={f.form} name="vedtak.resultat" label="Resultat" required choices={[{ value: 'innvilget', label: 'Innvilget' }, { value: 'avslag', label: 'Avslag' }]} />
      <Submit busy={f.submitting}>Registrer vedtaket</Submit>
    </form>
  );
}

function BoligForm(props: StepProps) {
  const f = useActionForm('tildeling.bolig', props, {
    bolig: { referanse: '', type: 'ordinaer', rom: 1, funnetDato: osloToday(), delegertDato: osloToday() },
  });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Bolig funnet og tildelingsmyndighet delegert">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="bolig.referanse" label="Boligreferanse (Boligbygg)" required help="Boligbyggs referanse til boligen, ikke adressen." />
      <SelectField form={f.form} name="bolig.type" label="Type bolig" required choices={choicesOf(BOLIGTYPE_LABELS)} placeholder={null} />
      <TextField form={f.form} name="bolig.rom" label="Antall rom" type="number" required options={{ valueAsNumber: true }} />
      <TextField form={f.form} name="bolig.funnetDato" label="Dato boligen ble funnet" type="date" required />
      <TextField form={f.form} name="bolig.delegertDato" label="Dato tildelingsmyndighet ble delegert til gammel bydel" type="date" required />
      <Submit busy={f.submitting}>Registrer bolig og delegering</Submit>
    </form>
  );
}

function TildeltForm(props: StepProps) {
  const f = useActionForm('tildeling.tildelt', props, { dato: osloToday() });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Tildeling av boligen">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="dato" label="Dato gammel bydel tildelte boligen" type="date" required />
      <Submit busy={f.submitting}>Registrer tildelingen</Submit>
    </form>
  );
}

const SUBSTEPS: { id: TildelingSubstep; title: string; who: string }[] = [
  { id: 'soknad', title: 'a. Personen søker kommunal bolig', who: 'Gammel bydel' },
  { id: 'vedtak', title: 'b. Vedtak om kommunal bolig', who: 'Gammel bydel' },
  { id: 'bolig', title: 'c. Bolig funnet og tildelingsmyndighet delegert', who: 'Ny bydel' },
  { id: 'tildelt', title: 'd. Boligen tildeles', who: 'Gammel bydel' },
];

/** Step 6: application, decision, dwelling and delegation, allocation — in that order, always. */
export function TildelingStep(props: StepProps) {
  const s = props.detail.state;
  const t = s.tildeling ?? {};
  const next = nextTildelingSubstep(s);
  const order = SUBSTEPS.map((x) => x.id);
  const doneUpTo = next === null ? 4 : order.indexOf(next);
  const facts: Record<TildelingSubstep, [string, string][]> = {
    soknad: [['Søkt', formatDate(t.soknadDato)]],
    vedtak: t.vedtak
      ? [
          ['Vedtaksdato', formatDate(t.vedtak.dato)],
          ['Referanse', t.vedtak.referanse],
          ['Resultat', t.vedtak.resultat === 'innvilget' ? 'Innvilget' : 'Avslag'],
        ]
      : [],
    bolig: t.bolig
      ? [
          ['Boligreferanse', t.bolig.referanse],
          ['Type', BOLIGTYPE_LABELS[t.bolig.type]],
          ['Rom', String(t.bolig.rom)],
          ['Funnet', formatDate(t.bolig.funnetDato)],
          ['Tildelingsmyndighet delegert', formatDate(t.bolig.delegertDato)],
        ]
      : [],
    tildelt: [['Tildelt', formatDate(t.tildeltDato)]],
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
      <p>Tildelingen skjer i fast rekkefølge. Et delsteg kan ikke registreres før det forrige er gjort.</p>
      {declined > 0 && !t.bolig && (
        <p className="bo-next">Personen takket nei til {declined === 1 ? 'en bolig' : `${declined} boliger`} på visning. Den nye bydelen finner en ny bolig.</p>
      )}
      <ol className="bo-substeps">
        {SUBSTEPS.map((sub, i) => {
          const state = i < doneUpTo ? 'Fullført' : i === doneUpTo ? 'Neste' : 'Venter';
          return (
            <li key={sub.id} data-substep={sub.id} data-state={state}>
              <h3>
                {sub.title} <span className="bo-help">({sub.who} · {state})</span>
              </h3>
              {i < doneUpTo && <Facts items={facts[sub.id]} />}
              {i === doneUpTo && !isClosed(props.detail) && forms[sub.id]}
            </li>
          );
        })}
      </ol>
      <WhatNext>Når boligen er tildelt, setter Boligbygg opp visning.</WhatNext>
    </>
  );
}
