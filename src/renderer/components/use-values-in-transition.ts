import { startTransition, useEffect, useState } from 'react';
import type { DeepPartial, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The whole form's values, for what is derived from all of them (a live check, a summary),
 * updated in a transition: a keystroke then repaints its field at once, and the rest of the
 * form follows when the browser has time, interrupted by the next keystroke rather than
 * delaying it (react-hook-form's useWatch would re-render the whole form in the keystroke).
 */
export function useValuesInTransition<T extends FieldValues>(form: UseFormReturn<T>): DeepPartial<T> {
  const [values, setValues] = useState(() => structuredClone(form.getValues()) as DeepPartial<T>);
  useEffect(() => {
    // A copy each time: react-hook-form hands out the object it keeps changing.
    const take = () => startTransition(() => setValues(structuredClone(form.getValues()) as DeepPartial<T>));
    const sub = form.watch(take);
    // What changed before this subscribed (a draft restored as the form mounted).
    take();
    return () => sub.unsubscribe();
  }, [form]);
  return values;
}
