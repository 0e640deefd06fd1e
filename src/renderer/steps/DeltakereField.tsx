import { PktButton } from '@oslokommune/punkt-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { Deltaker } from '../../shared/exchange/model';
import { CheckboxField, errorAt, ErrorText, type FieldGroup, fieldId, groupAt, pathIn, SelectField, TextField } from '../components/fields';
import { MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { t } from '../i18n/nb';
import { DISTRICT_CHOICES } from '../screens/SetupScreen';

const meeting = t.meeting;
/** «Ingen bydel» is a valid answer, stored as an empty district. */
const KEEP_EMPTY = {};

/**
 * Who takes part in a meeting: name, role, service, district and work e-mail (for the calendar
 * invitation); the person as «personen», with no e-mail field.
 */
export function DeltakereField({ form }: { form: FieldGroup<{ deltakere: Deltaker[] }> }) {
  const { control, formState } = useFormContext();
  const name = pathIn(form, 'deltakere');
  const { fields, append, remove } = useFieldArray({ control, name });
  const rows: Deltaker[] | undefined = useWatch({ control, name });
  const listError = errorAt(formState.errors, name);
  const newRow = (erPersonen: boolean): Deltaker => ({ navn: erPersonen ? meeting.personen : '', rolle: '', tjeneste: '', bydel: '', erPersonen });
  return (
    <fieldset className="bo-repeat" aria-describedby={listError ? `${fieldId(name)}-feil` : undefined}>
      <legend>{MOTE_LABELS.deltakere}</legend>
      <ErrorText id={fieldId(name)} error={listError} />
      {fields.map((f, i) => {
        const row = groupAt(form, `deltakere.${i}`);
        return (
          <fieldset key={f.id} className="bo-repeat__row">
            <legend>{meeting.deltakerNr(i + 1)}</legend>
            <TextField form={row} name="navn" label={t.common.navn} />
            <TextField form={row} name="rolle" label={meeting.rolle} />
            <TextField form={row} name="tjeneste" label={t.common.tjeneste} />
            <SelectField form={row} name="bydel" label={t.common.bydel} choices={DISTRICT_CHOICES} placeholder={meeting.ingenBydel} options={KEEP_EMPTY} />
            {!rows?.[i]?.erPersonen && (
              // Unregistered when hidden: an address typed before «personen selv» is ticked is not kept.
              <TextField form={row} name="epost" type="email" label={meeting.epost} help={meeting.epostHjelp} options={{ shouldUnregister: true }} />
            )}
            <CheckboxField form={row} name="erPersonen" label={meeting.erPersonen} />
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              {meeting.fjernDeltaker(i + 1)}
            </PktButton>
          </fieldset>
        );
      })}
      <div className="bo-actions">
        <PktButton type="button" skin="secondary" size="small" onClick={() => append(newRow(false))}>
          {meeting.leggTilDeltaker}
        </PktButton>
        <PktButton type="button" skin="secondary" size="small" onClick={() => append(newRow(true))}>
          {meeting.leggTilPersonen}
        </PktButton>
      </div>
    </fieldset>
  );
}
