import { PktButton } from '@oslokommune/punkt-react';
import { type ReactNode, useState } from 'react';
import type { ExchangeDetail } from '../../shared/contract';
import type { FactSection } from '../../shared/facts/rows';
import { osloToday } from '../../shared/exchange/primitives';
import { TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { type StepProps, useActionForm } from './use-act';

/**
 * Recorded facts as a description list, empty values left out: a step's summary and both
 * previews show the rows src/shared/facts and the profile's content build for the PDFs too.
 */
export function Facts({ items, label }: { items: [string, ReactNode][]; label?: string }) {
  const shown = items.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="bo-dl" aria-label={label}>
      {/* A label can stand twice (two services of the same kind), so the place keys the row. */}
      {shown.map(([name, value], i) => (
        <div key={`${i}-${name}`} style={{ display: 'contents' }}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Facts under headings: the parts of a profile, or what an imported document brings. */
export function FactSections({ sections }: { sections: FactSection[] }) {
  return sections.map((section) => (
    <div key={section.heading}>
      <h4>{section.heading}</h4>
      <Facts items={section.rows} />
    </div>
  ));
}

/** What the routine does after this step: every step screen ends with it. */
export function WhatNext({ children }: { children: ReactNode }) {
  return (
    <p className="bo-next">
      <strong>{t.steps.hvaSkjerNa}</strong>
      {children}
    </p>
  );
}

/** A form section that starts closed when the step already has data ("Endre"). */
export function EditToggle({ open: initiallyOpen, label, children }: { open: boolean; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  if (open) return <>{children}</>;
  return (
    <div className="bo-actions">
      <PktButton skin="secondary" size="small" onClick={() => setOpen(true)}>
        {label}
      </PktButton>
    </div>
  );
}

export function isClosed(detail: ExchangeDetail): boolean {
  return !!detail.state.avsluttet;
}

/** An optional meeting passed over, with the reason. */
export function SkipForm(props: StepProps & { step: 'avklaringsmote' | 'mote_etter_ja' }) {
  const skip = useActionForm('steg.hopp_over', props, { steg: props.step, grunn: '', dato: osloToday() });
  return (
    <StepForm form={skip} label={t.steps.hoppOver} submitLabel={t.steps.hoppOver}>
      <TextAreaField form={skip.form} name="grunn" label={t.steps.hoppOverGrunn} required rows={3} />
      <TextField form={skip.form} name="dato" label={t.common.dato} type="date" required />
    </StepForm>
  );
}
