import { PktCheckbox, PktInputWrapper, PktRadioButton, PktSelect, PktTextarea, PktTextinput } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import { type FieldErrors, type FieldValues, get, type Path, type RegisterOptions, type UseFormReturn, useWatch } from 'react-hook-form';
import { t } from '../i18n/nb';

/** DOM id of a form field, from its path: stable, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `felt-${name.replaceAll('.', '-')}`;
}

export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const e = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}

interface BaseProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  help?: ReactNode;
  required?: boolean;
}

/**
 * Punkt points a select's and a textarea's aria-errormessage at `<id>-error`, but gives their
 * error message the id `<id>-input-error`: point it at the element that exists.
 */
const errorMessageOf = (name: string) => ({ 'aria-errormessage': `${fieldId(name)}-input-error` });

/** Optional fields send nothing when empty, so an empty choice never fails an enum. */
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  required,
  type = 'text',
  options,
  autoComplete = 'off',
}: BaseProps<T> & { type?: string; options?: RegisterOptions<T, Path<T>>; autoComplete?: string }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <PktTextinput
      id={fieldId(name)}
      label={label}
      helptext={help}
      type={type}
      autocomplete={autoComplete}
      requiredTag={required}
      requiredText={t.common.obligatorisk}
      optionalTag={required === false}
      optionalText={t.common.valgfritt}
      hasError={!!error}
      errorMessage={error}
      fullwidth
      {...form.register(name, options)}
    />
  );
}

export function TextAreaField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  required,
  rows = 4,
  maxLength,
}: BaseProps<T> & { rows?: number; maxLength?: number }) {
  const error = errorAt(form.formState.errors, name);
  // Punkt's counter counts only what is typed into it or given as its value: given the form's
  // value, it also counts text the form sets (a draft restored, a finding removed).
  const value = useWatch({ control: form.control, name }) as string | undefined;
  return (
    <PktTextarea
      id={fieldId(name)}
      label={label}
      helptext={help}
      rows={rows}
      requiredTag={required}
      requiredText={t.common.obligatorisk}
      optionalTag={required === false}
      optionalText={t.common.valgfritt}
      hasError={!!error}
      errorMessage={error}
      fullwidth
      {...(maxLength ? { counter: true, counterMaxLength: maxLength } : {})}
      {...errorMessageOf(name)}
      {...form.register(name)}
      value={value ?? ''}
    />
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  required,
  choices,
  placeholder = t.common.velg,
}: BaseProps<T> & { choices: readonly { value: string; label: string }[]; placeholder?: string | null }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <PktSelect
      id={fieldId(name)}
      label={label}
      helptext={help}
      requiredTag={required}
      requiredText={t.common.obligatorisk}
      optionalTag={required === false}
      optionalText={t.common.valgfritt}
      hasError={!!error}
      errorMessage={error}
      fullwidth
      {...errorMessageOf(name)}
      {...form.register(name, { setValueAs: emptyToUndefined })}
    >
      {placeholder !== null && <option value="">{placeholder}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </PktSelect>
  );
}

export function CheckboxField<T extends FieldValues>({ form, name, label, help }: BaseProps<T>) {
  const error = errorAt(form.formState.errors, name);
  return (
    <div>
      <PktCheckbox
        id={fieldId(name)}
        label={label}
        checkHelptext={help}
        hasError={!!error}
        aria-describedby={error ? `${fieldId(name)}-feil` : undefined}
        aria-invalid={error ? true : undefined}
        {...form.register(name)}
      />
      {error && (
        <p className="bo-error-text" id={`${fieldId(name)}-feil`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type ChoiceGroupProps<T extends FieldValues> = BaseProps<T> & { choices: readonly { value: string; label: string }[] };

/**
 * A fieldset of checkboxes (filling one array field) or radio buttons (one value), with a
 * legend for screen readers and the group's error tied to it.
 */
function ChoiceGroup<T extends FieldValues>({ form, name, label, help, required, choices, kind }: ChoiceGroupProps<T> & { kind: 'checkbox' | 'radio' }) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name);
  const Choice = kind === 'checkbox' ? PktCheckbox : PktRadioButton;
  return (
    <PktInputWrapper
      forId={id}
      label={label}
      helptext={help}
      hasFieldset
      requiredTag={required}
      requiredText={t.common.obligatorisk}
      optionalTag={required === false}
      optionalText={t.common.valgfritt}
      hasError={!!error}
      errorMessage={error}
    >
      {choices.map((c, i) => (
        <Choice
          key={c.value}
          id={i === 0 ? id : `${id}-${c.value}`}
          label={c.label}
          value={c.value}
          hasError={!!error}
          {...form.register(name)}
        />
      ))}
    </PktInputWrapper>
  );
}

export function CheckboxGroup<T extends FieldValues>(props: ChoiceGroupProps<T>) {
  return <ChoiceGroup {...props} kind="checkbox" />;
}

export function RadioGroup<T extends FieldValues>(props: ChoiceGroupProps<T>) {
  return <ChoiceGroup {...props} kind="radio" />;
}

/** Turns a label map into select/checkbox choices, in the map's order. */
export function choicesOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
