import type { ReactNode } from 'react';
import { type FieldValues, FormProvider } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary';
import { Submit } from './Submit';
import type { FormHandle } from './use-form-submit';

/**
 * The frame every form of the app shares: the error summary on top, the fields (which find
 * the form through `FormProvider`), and the save button, with «Avbryt» where the form is a page.
 * The form is named by `label`, or by the heading `labelledBy` points at.
 */
export function StepForm<T extends FieldValues>({
  form,
  label,
  labelledBy,
  heading,
  submitLabel,
  cancel,
  children,
}: {
  form: FormHandle<T>;
  label?: string;
  labelledBy?: string;
  /** Shown above the error summary, as the form's title. */
  heading?: ReactNode;
  submitLabel: ReactNode;
  cancel?: boolean;
  children: ReactNode;
}) {
  return (
    <FormProvider {...form.form}>
      <form className="bo-form" noValidate onSubmit={form.onSubmit} {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}>
        {heading}
        <ErrorSummary items={form.summary} serverMessage={form.serverError} attempt={form.attempt} />
        {children}
        <Submit busy={form.submitting} cancel={cancel}>
          {submitLabel}
        </Submit>
      </form>
    </FormProvider>
  );
}
