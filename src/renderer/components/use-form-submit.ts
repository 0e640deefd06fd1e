import { useEffect, useState } from 'react';
import { type FieldValues, type Path, useForm, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/client';
import { flattenErrors, type SummaryItem } from './ErrorSummary';

const DRAFT_PREFIX = 'bytteordning-utkast:';

/**
 * Keeps what the coordinator has typed in this window's session, so that leaving a form (or
 * a failed save) never loses it. Cleared when the form is saved.
 */
export function useDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string | undefined): () => void {
  useEffect(() => {
    if (!key) return;
    const saved = sessionStorage.getItem(DRAFT_PREFIX + key);
    if (saved) {
      try {
        form.reset({ ...form.getValues(), ...(JSON.parse(saved) as T) }, { keepDefaultValues: true });
      } catch {
        sessionStorage.removeItem(DRAFT_PREFIX + key);
      }
    }
    const sub = form.watch((values) => sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(values)));
    return () => sub.unsubscribe();
    // The form object is stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return () => {
    if (key) sessionStorage.removeItem(DRAFT_PREFIX + key);
  };
}

/** A form with its save: what `StepForm` frames. */
export interface FormHandle<T extends FieldValues> {
  form: UseFormReturn<T>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  submitting: boolean;
  serverError: string | undefined;
  attempt: number;
  summary: SummaryItem[];
}

/**
 * Wraps a form's save: field errors from main land on their fields, other refusals above the
 * form; the typed values stay in the form either way.
 */
export function useFormSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  save: (values: T) => Promise<void>,
  draftKey?: string,
  /** Main reports paths of the whole channel input (e.g. "action.mote.sted"); the form holds a part. */
  pathPrefix = '',
): FormHandle<T> {
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const clearDraft = useDraft(form, draftKey);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setSubmitting(true);
      setServerError(undefined);
      try {
        await save(values);
        clearDraft();
      } catch (err) {
        if (err instanceof ApiError && err.shape.fields?.length) {
          for (const f of err.shape.fields) {
            const path = f.path.startsWith(pathPrefix) ? f.path.slice(pathPrefix.length) : f.path;
            form.setError(path as Path<T>, { message: f.message });
          }
          setServerError(err.message);
        } else {
          setServerError(errorMessage(err));
        }
        setAttempt((a) => a + 1);
      } finally {
        setSubmitting(false);
      }
    },
    () => {
      setServerError(undefined);
      setAttempt((a) => a + 1);
    },
  );

  return { form, onSubmit, submitting, serverError, attempt, summary: flattenErrors(form.formState.errors) };
}

/**
 * react-hook-form with this app's defaults: after a failed submit, focus goes to the error
 * summary (which links to each field), not silently to the first field.
 */
export function useAppForm<T extends FieldValues>(props: UseFormProps<T>): UseFormReturn<T> {
  return useForm<T>({ shouldFocusError: false, ...props });
}
