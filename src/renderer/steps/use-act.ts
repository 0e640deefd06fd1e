import { zodResolver } from '@hookform/resolvers/zod';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import type { ExchangeDetail } from '../../shared/contract';
import { type ActionPayload, actionPayloadSchema, type ExchangeAction, type ExchangeActionType, exchangeActionSchema } from '../../shared/exchange/actions';
import { call } from '../api/client';
import { type FormHandle, useAppForm, useFormSubmit } from '../components/use-form-submit';

export interface StepProps {
  detail: ExchangeDetail;
  onChange: (detail: ExchangeDetail) => void;
}

export async function act(detail: ExchangeDetail, action: ExchangeAction): Promise<ExchangeDetail> {
  return call('exchanges.act', { id: detail.id, action });
}

/**
 * The resolver of one action's form. The payload schema declares only what it makes; the
 * pass-through step before it declares what it takes, the form's values of the same shape.
 */
function payloadResolver<T extends ExchangeActionType>(type: T) {
  return zodResolver(z.preprocess<unknown, z.ZodType<ActionPayload<T>>, ActionPayload<T>>((values) => values, actionPayloadSchema(type)));
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
): FormHandle<ActionPayload<T>> {
  const form = useAppForm<ActionPayload<T>>({ resolver: payloadResolver(type), defaultValues: defaults });
  return useFormSubmit(
    form,
    async (values) => {
      await hooks.before?.();
      // The payload joined with its type is checked as one action of the contract.
      const saved = await act(detail, exchangeActionSchema.parse({ type, ...values }));
      onChange(saved);
      hooks.after?.(saved);
    },
    `${detail.id}:${type}`,
    'action.',
  );
}
