import { PktButton, PktCheckbox, PktSelect } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import { type FieldValues, type Path, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { INTENSITETER, TJENESTER } from '../../shared/exchange/model';
import { INTENSITET_LABELS, TJENESTE_LABELS } from '../../shared/i18n/labels';
import { TextAreaField } from '../components/fields';
import { t } from '../i18n/nb';

const b = t.steps.brukerprofil;

/**
 * Current services and follow-up needs in the new district, one row per service, each with a
 * free text whose identifier findings `findingsOf(row)` shows.
 */
export function ServicesField<T extends FieldValues>({ form, findingsOf }: { form: UseFormReturn<T>; findingsOf: (row: number) => ReactNode }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'profil.tjenester' as never });
  return (
    <div className="bo-repeat">
      <p className="bo-help">{b.tjenesterHjelp}</p>
      {fields.map((f, i) => {
        const base = `profil.tjenester.${i}`;
        return (
          <fieldset key={f.id} className="bo-repeat__row">
            <legend>{b.tjenesteNr(i + 1)}</legend>
            <PktSelect id={`felt-${base.replaceAll('.', '-')}-tjeneste`} label={t.common.tjeneste} {...form.register(`${base}.tjeneste` as Path<T>)}>
              {TJENESTER.map((x) => (
                <option key={x} value={x}>
                  {TJENESTE_LABELS[x]}
                </option>
              ))}
            </PktSelect>
            <PktCheckbox id={`felt-${base.replaceAll('.', '-')}-harNa`} label={b.harTjenesten} {...form.register(`${base}.harNa` as Path<T>)} />
            <PktCheckbox id={`felt-${base.replaceAll('.', '-')}-behovNyBydel`} label={b.trengerTjenesten} {...form.register(`${base}.behovNyBydel` as Path<T>)} />
            <PktSelect id={`felt-${base.replaceAll('.', '-')}-intensitet`} label={b.intensitet} {...form.register(`${base}.intensitet` as Path<T>)}>
              {INTENSITETER.map((x) => (
                <option key={x} value={x}>
                  {INTENSITET_LABELS[x]}
                </option>
              ))}
            </PktSelect>
            <TextAreaField
              form={form}
              name={`${base}.kommentar` as Path<T>}
              label={b.tjenesteKommentar}
              help={b.tjenesteKommentarHjelp}
              required={false}
              rows={2}
              maxLength={500}
            />
            {findingsOf(i)}
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              {b.fjernTjeneste(i + 1)}
            </PktButton>
          </fieldset>
        );
      })}
      <PktButton
        type="button"
        skin="secondary"
        size="small"
        onClick={() => append({ tjeneste: 'rus_psykisk_helse', harNa: true, behovNyBydel: true, intensitet: 'middels' } as never)}
      >
        {b.leggTilTjeneste}
      </PktButton>
    </div>
  );
}
