import { PktButton, PktCheckbox, PktSelect, PktTextinput } from '@oslokommune/punkt-react';
import { type FieldValues, type Path, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { DISTRICTS } from '../../shared/districts';
import { errorAt, fieldId } from '../components/fields';
import { t } from '../i18n/nb';

const m = t.meeting;

/**
 * Who takes part in a meeting: name, role, service, district and work e-mail (for the calendar
 * invitation); the person as «personen», with no e-mail field.
 */
export function ParticipantsField<T extends FieldValues>({ form, name }: { form: UseFormReturn<T>; name: string }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: name as never });
  const rows = (form.watch(name as Path<T>) ?? []) as { erPersonen?: boolean }[];
  const listError = errorAt(form.formState.errors, name);
  return (
    <fieldset className="bo-repeat" aria-describedby={listError ? `${fieldId(name)}-feil` : undefined}>
      <legend>{m.deltakere}</legend>
      {listError && (
        <p className="bo-error-text" id={`${fieldId(name)}-feil`} role="alert">
          {listError}
        </p>
      )}
      {fields.map((f, i) => {
        const base = `${name}.${i}`;
        const err = (k: string) => errorAt(form.formState.errors, `${base}.${k}`);
        return (
          <fieldset key={f.id} className="bo-repeat__row">
            <legend>{m.deltakerNr(i + 1)}</legend>
            <PktTextinput id={fieldId(`${base}.navn`)} label={t.common.navn} hasError={!!err('navn')} errorMessage={err('navn')} autocomplete="off" {...form.register(`${base}.navn` as Path<T>)} />
            <PktTextinput id={fieldId(`${base}.rolle`)} label={m.rolle} autocomplete="off" {...form.register(`${base}.rolle` as Path<T>)} />
            <PktTextinput id={fieldId(`${base}.tjeneste`)} label={t.common.tjeneste} autocomplete="off" {...form.register(`${base}.tjeneste` as Path<T>)} />
            <PktSelect id={fieldId(`${base}.bydel`)} label={t.common.bydel} {...form.register(`${base}.bydel` as Path<T>)}>
              <option value="">{m.ingenBydel}</option>
              {DISTRICTS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </PktSelect>
            {!rows[i]?.erPersonen && (
              <PktTextinput
                id={fieldId(`${base}.epost`)}
                type="email"
                label={m.epost}
                helptext={m.epostHjelp}
                hasError={!!err('epost')}
                errorMessage={err('epost')}
                autocomplete="off"
                // Unregistered when hidden: an address typed before «personen selv» is ticked is not kept.
                {...form.register(`${base}.epost` as Path<T>, { shouldUnregister: true })}
              />
            )}
            <PktCheckbox id={fieldId(`${base}.erPersonen`)} label={m.erPersonen} {...form.register(`${base}.erPersonen` as Path<T>)} />
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              {m.fjernDeltaker(i + 1)}
            </PktButton>
          </fieldset>
        );
      })}
      <div className="bo-actions">
        <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: '', rolle: '', tjeneste: '', bydel: '', erPersonen: false } as never)}>
          {m.leggTilDeltaker}
        </PktButton>
        <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: m.personen, rolle: '', tjeneste: '', bydel: '', erPersonen: true } as never)}>
          {m.leggTilPersonen}
        </PktButton>
      </div>
    </fieldset>
  );
}
