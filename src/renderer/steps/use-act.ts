import { zodResolver } from '@hookform/resolvers/zod';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ExchangeDetail } from '../../shared/contract';
import { type ActionPayload, actionPayloadSchema, type ExchangeAction, type ExchangeActionType } from '../../shared/exchange/actions';
import { call } from '../api/client';
import { type SubmitState, useFormSubmit, useAppForm } from '../components/use-form-submit';

export interface StepProps {
  detail: ExchangeDetail;
  onChange: (detail: ExchangeDetail) => void;
}

export async function act(detail: ExchangeDetail, action: ExchangeAction): Promise<ExchangeDetail> {
  return call('exchanges.act', { id: detail.id, action });
}

/**
 * A step form bound to one action of the routine: validated with the action's own schema in
 * the form and again in main; the saved exchange replaces the screen's copy.
 */
export function useActionForm<T extends ExchangeActionType>(
  type: T,
  { detail, onChange }: StepProps,
  defaults: DefaultValues<ActionPayload<T>>,
  hooks: { before?: () => Promise<void>; after?: (saved: ExchangeDetail) => void } = {},
): { form: UseFormReturn<ActionPayload<T>> } & SubmitState & { onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void> } {
  const form = useAppForm<ActionPayload<T> & FieldValues>({
    resolver: zodResolver(actionPayloadSchema(type) as never),
    defaultValues: defaults,
  });
  const submit = useFormSubmit(
    form,
    async (values) => {
      await hooks.before?.();
      const saved = await act(detail, { type, ...values } as unknown as ExchangeAction);
      onChange(saved);
      hooks.after?.(saved);
    },
    `${detail.id}:${type}`,
    'action.',
  );
  return { form: form as UseFormReturn<ActionPayload<T>>, ...submit };
}
