import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { t } from '../i18n/nb';
import { StepForm } from './StepForm';
import { useAppForm, useFormSubmit } from './use-form-submit';

/**
 * A settings form: validated with its schema, saved with one button, «Lagret» said after a
 * save. The fields are given as a function of the form.
 */
export function SettingsForm<T extends FieldValues>({
  schema,
  defaultValues,
  save,
  heading,
  label,
  children,
}: {
  /** Takes and makes the form's values (no settings schema transforms them). */
  schema: z.ZodType<T, T>;
  defaultValues: DefaultValues<T>;
  save: (values: T) => Promise<void>;
  /** A visible heading (h2 or h3) that names the form, or else an invisible label. */
  heading?: { id: string; text: string; level: 2 | 3 };
  label?: string;
  children: (form: UseFormReturn<T>) => ReactNode;
}) {
  const [saved, setSaved] = useState(false);
  const form = useAppForm<T>({ resolver: zodResolver(schema), defaultValues });
  const submit = useFormSubmit(form, async (values) => {
    setSaved(false);
    await save(values);
    setSaved(true);
  });
  const Heading = heading?.level === 3 ? 'h3' : 'h2';
  return (
    <StepForm
      form={submit}
      label={label}
      labelledBy={heading?.id}
      heading={heading && <Heading id={heading.id}>{heading.text}</Heading>}
      submitLabel={t.common.lagre}
    >
      {children(form)}
      {saved && <p role="status">{t.settings.lagret}</p>}
    </StepForm>
  );
}
