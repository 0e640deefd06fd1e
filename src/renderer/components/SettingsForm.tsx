import { zodResolver } from '@hookform/resolvers/zod';
import { PktButton } from '@oslokommune/punkt-react';
import { type ReactNode, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { t } from '../i18n/nb';
import { ErrorSummary } from './ErrorSummary';
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
  schema: z.ZodType<T>;
  defaultValues: DefaultValues<T>;
  save: (values: T) => Promise<void>;
  /** A visible heading (h2 or h3) that names the form, or else an invisible label. */
  heading?: { id: string; text: string; level: 2 | 3 };
  label?: string;
  children: (form: UseFormReturn<T>) => ReactNode;
}) {
  const [saved, setSaved] = useState(false);
  const form = useAppForm<T>({ resolver: zodResolver(schema as never), defaultValues });
  const submit = useFormSubmit(form, async (values) => {
    setSaved(false);
    await save(values);
    setSaved(true);
  });
  const Heading = heading?.level === 3 ? 'h3' : 'h2';
  return (
    <form
      className="bo-form"
      noValidate
      onSubmit={submit.onSubmit}
      {...(heading ? { 'aria-labelledby': heading.id } : { 'aria-label': label })}
    >
      {heading && <Heading id={heading.id}>{heading.text}</Heading>}
      <ErrorSummary items={submit.summary} serverMessage={submit.serverError} attempt={submit.attempt} />
      {children(form)}
      {saved && <p role="status">{t.settings.lagret}</p>}
      <div className="bo-actions">
        <PktButton type="submit" isLoading={submit.submitting}>
          {t.common.lagre}
        </PktButton>
      </div>
    </form>
  );
}
