import { PktButton, PktCheckbox, PktSelect, PktTextinput } from '@oslokommune/punkt-react';
import { type FieldValues, type Path, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { DISTRICTS } from '../../shared/districts';
import { errorAt, fieldId } from '../components/fields';

/** Who takes part in a meeting: name, role, service, district; the person as «personen». */
export function ParticipantsField<T extends FieldValues>({ form, name }: { form: UseFormReturn<T>; name: string }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: name as never });
  const listError = errorAt(form.formState.errors, name);
  return (
    <fieldset className="bo-repeat" aria-describedby={listError ? `${fieldId(name)}-feil` : undefined}>
      <legend>Deltakere</legend>
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
            <legend>Deltaker {i + 1}</legend>
            <PktTextinput id={fieldId(`${base}.navn`)} label="Navn" hasError={!!err('navn')} errorMessage={err('navn')} autocomplete="off" {...form.register(`${base}.navn` as Path<T>)} />
            <PktTextinput id={fieldId(`${base}.rolle`)} label="Rolle" autocomplete="off" {...form.register(`${base}.rolle` as Path<T>)} />
            <PktTextinput id={fieldId(`${base}.tjeneste`)} label="Tjeneste" autocomplete="off" {...form.register(`${base}.tjeneste` as Path<T>)} />
            <PktSelect id={fieldId(`${base}.bydel`)} label="Bydel" {...form.register(`${base}.bydel` as Path<T>)}>
              <option value="">Ingen bydel (for eksempel Boligbygg)</option>
              {DISTRICTS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </PktSelect>
            <PktCheckbox id={fieldId(`${base}.erPersonen`)} label="Dette er personen selv" {...form.register(`${base}.erPersonen` as Path<T>)} />
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              Fjern deltaker {i + 1}
            </PktButton>
          </fieldset>
        );
      })}
      <div className="bo-actions">
        <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: '', rolle: '', tjeneste: '', bydel: '', erPersonen: false } as never)}>
          Legg til deltaker
        </PktButton>
        <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: 'Personen', rolle: '', tjeneste: '', bydel: '', erPersonen: true } as never)}>
          Legg til personen selv
        </PktButton>
      </div>
    </fieldset>
  );
}
