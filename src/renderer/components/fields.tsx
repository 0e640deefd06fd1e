import { PktCheckbox, PktInputWrapper, PktRadioButton, PktSelect, PktTextarea, PktTextinput } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import { type FieldErrors, type FieldValues, get, type Path, type PathValue, type RegisterOptions, type UseFormReturn, useFormContext, useWatch } from 'react-hook-form';
import { t } from '../i18n/nb';

/** DOM id of a form field, from its path: stable, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `felt-${name.replaceAll('.', '-')}`;
}

export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

/**
 * A part of a form's values under a path (a meeting under `mote`, one row of `deltakere`):
 * its fields are named relative to it and checked against its own shape. Typed by its paths
 * (`N`), so a group of a meeting also serves where only its `deltakere` are asked for.
 */
export interface FieldGroup<S extends FieldValues, N extends string = Path<S>> {
  path(name: N): string;
}

/** Where a field is named from: the whole form, or a group of it. */
export type FieldScope<S extends FieldValues> = UseFormReturn<S> | FieldGroup<S>;

/** The group of a scope's values at `prefix`; its paths are checked against the value found there. */
export function groupAt<S extends FieldValues, P extends Path<S>>(scope: FieldScope<S>, prefix: P): FieldGroup<Extract<PathValue<S, P>, FieldValues>> {
  const base = pathIn(scope, prefix);
  return { path: (name) => `${base}.${name}` };
}

/** The full path in the form of a field named in a scope. */
export function pathIn<S extends FieldValues>(scope: FieldScope<S>, name: Path<S>): string {
  return 'path' in scope ? scope.path(name) : name;
}

/**
 * One field's path, id, error and registration, from the form around it (`FormProvider`):
 * the scope has already checked the name, so the form is reached by its full path.
 */
export function useField<S extends FieldValues>(scope: FieldScope<S>, name: Path<S>, options?: RegisterOptions) {
  const form = useFormContext();
  const path = pathIn(scope, name);
  return { path, id: fieldId(path), error: errorAt(form.formState.errors, path), register: form.register(path, options) };
}

interface BaseProps<S extends FieldValues> {
  form: FieldScope<S>;
  name: Path<S>;
  label: string;
  help?: ReactNode;
  required?: boolean;
}

/** What Punkt's labelled inputs share: label, help, the required/optional tag and the error. */
function labelled({ label, help, required }: { label: string; help?: ReactNode; required?: boolean }, error: string | undefined) {
  return {
    label,
    helptext: help,
    requiredTag: required,
    requiredText: t.common.obligatorisk,
    optionalTag: required === false,
    optionalText: t.common.valgfritt,
    hasError: !!error,
    errorMessage: error,
  };
}

/**
 * Punkt points a select's and a textarea's aria-errormessage at `<id>-error`, but gives their
 * error message the id `<id>-input-error`: point it at the element that exists.
 */
const errorMessageOf = (id: string) => ({ 'aria-errormessage': `${id}-input-error` });

/** Optional fields send nothing when empty, so an empty choice never fails an enum. */
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export function TextField<S extends FieldValues>({
  type = 'text',
  options,
  autoComplete = 'off',
  ...props
}: BaseProps<S> & { type?: string; options?: RegisterOptions; autoComplete?: string }) {
  const field = useField(props.form, props.name, options);
  return <PktTextinput id={field.id} {...labelled(props, field.error)} type={type} autocomplete={autoComplete} fullwidth {...field.register} />;
}

export function TextAreaField<S extends FieldValues>({ rows = 4, maxLength, ...props }: BaseProps<S> & { rows?: number; maxLength?: number }) {
  const field = useField(props.form, props.name);
  // Punkt's counter counts only what is typed into it or given as its value: given the form's
  // value, it also counts text the form sets (a draft restored, a finding removed).
  const value: unknown = useWatch({ name: field.path });
  return (
    <PktTextarea
      id={field.id}
      {...labelled(props, field.error)}
      rows={rows}
      fullwidth
      {...(maxLength ? { counter: true, counterMaxLength: maxLength } : {})}
      {...errorMessageOf(field.id)}
      {...field.register}
      value={typeof value === 'string' ? value : ''}
    />
  );
}

export function SelectField<S extends FieldValues>({
  choices,
  placeholder = t.common.velg,
  options = { setValueAs: emptyToUndefined },
  ...props
}: BaseProps<S> & { choices: readonly { value: string; label: string }[]; placeholder?: string | null; options?: RegisterOptions }) {
  const field = useField(props.form, props.name, options);
  return (
    <PktSelect id={field.id} {...labelled(props, field.error)} fullwidth {...errorMessageOf(field.id)} {...field.register}>
      {placeholder !== null && <option value="">{placeholder}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </PktSelect>
  );
}

export function CheckboxField<S extends FieldValues>({ form, name, label, help }: Omit<BaseProps<S>, 'required'>) {
  const field = useField(form, name);
  return (
    <div>
      <PktCheckbox
        id={field.id}
        label={label}
        checkHelptext={help}
        hasError={!!field.error}
        aria-describedby={field.error ? `${field.id}-feil` : undefined}
        aria-invalid={field.error ? true : undefined}
        {...field.register}
      />
      <ErrorText id={field.id} error={field.error} />
    </div>
  );
}

/** The error of a field Punkt gives no error message of its own (a checkbox, a list). */
export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="bo-error-text" id={`${id}-feil`} role="alert">
      {error}
    </p>
  );
}

type ChoiceGroupProps<S extends FieldValues> = BaseProps<S> & { choices: readonly { value: string; label: string }[] };

/**
 * A fieldset of checkboxes (filling one array field) or radio buttons (one value), with a
 * legend for screen readers and the group's error tied to it.
 */
function ChoiceGroup<S extends FieldValues>({ choices, kind, ...props }: ChoiceGroupProps<S> & { kind: 'checkbox' | 'radio' }) {
  const field = useField(props.form, props.name);
  const Choice = kind === 'checkbox' ? PktCheckbox : PktRadioButton;
  return (
    <PktInputWrapper forId={field.id} {...labelled(props, field.error)} hasFieldset>
      {choices.map((c, i) => (
        <Choice key={c.value} id={i === 0 ? field.id : `${field.id}-${c.value}`} label={c.label} value={c.value} hasError={!!field.error} {...field.register} />
      ))}
    </PktInputWrapper>
  );
}

export function CheckboxGroup<S extends FieldValues>(props: ChoiceGroupProps<S>) {
  return <ChoiceGroup {...props} kind="checkbox" />;
}

export function RadioGroup<S extends FieldValues>(props: ChoiceGroupProps<S>) {
  return <ChoiceGroup {...props} kind="radio" />;
}

/** Turns a label map into select/checkbox choices, in the map's order. */
export function choicesOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
