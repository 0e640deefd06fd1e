import { PktButton } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { type BrukerprofilUtkast, INTENSITETER, TJENESTER, type tjenesteBehovSchema } from '../../shared/exchange/model';
import { INTENSITET_LABELS, TJENESTE_LABELS } from '../../shared/i18n/labels';
import { CheckboxField, type FieldGroup, groupAt, pathIn, SelectField, TextAreaField } from '../components/fields';
import { t } from '../i18n/nb';

const profil = t.steps.brukerprofil;
const TJENESTE_CHOICES = TJENESTER.map((value) => ({ value, label: TJENESTE_LABELS[value] }));
const INTENSITET_CHOICES = INTENSITETER.map((value) => ({ value, label: INTENSITET_LABELS[value] }));
const NEW_ROW: z.infer<typeof tjenesteBehovSchema> = { tjeneste: 'rus_psykisk_helse', harNa: true, behovNyBydel: true, intensitet: 'middels' };

/**
 * Current services and follow-up needs in the new district, one row per service, each with a
 * free text whose identifier findings `findingsOf(row)` shows.
 */
export function TjenesterField({ form, findingsOf }: { form: FieldGroup<Pick<BrukerprofilUtkast, 'tjenester'>>; findingsOf: (row: number) => ReactNode }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: pathIn(form, 'tjenester') });
  return (
    <div className="bo-repeat">
      <p className="bo-help">{profil.tjenesterHjelp}</p>
      {fields.map((f, i) => {
        const row = groupAt(form, `tjenester.${i}`);
        return (
          <fieldset key={f.id} className="bo-repeat__row">
            <legend>{profil.tjenesteNr(i + 1)}</legend>
            <SelectField form={row} name="tjeneste" label={t.common.tjeneste} choices={TJENESTE_CHOICES} placeholder={null} />
            <CheckboxField form={row} name="harNa" label={profil.harTjenesten} />
            <CheckboxField form={row} name="behovNyBydel" label={profil.trengerTjenesten} />
            <SelectField form={row} name="intensitet" label={profil.intensitet} choices={INTENSITET_CHOICES} placeholder={null} />
            <TextAreaField form={row} name="kommentar" label={profil.tjenesteKommentar} help={profil.tjenesteKommentarHjelp} required={false} rows={2} maxLength={500} />
            {findingsOf(i)}
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              {profil.fjernTjeneste(i + 1)}
            </PktButton>
          </fieldset>
        );
      })}
      <PktButton type="button" skin="secondary" size="small" onClick={() => append(NEW_ROW)}>
        {profil.leggTilTjeneste}
      </PktButton>
    </div>
  );
}
