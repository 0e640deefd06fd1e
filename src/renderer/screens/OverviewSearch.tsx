import { PktTextinput } from '@oslokommune/punkt-react';
import { startTransition, useRef, useState } from 'react';
import { t } from '../i18n/nb';

/**
 * The overview's search field. What is typed shows at once (this field alone re-renders); the
 * search itself, the address and the list, follows after the paint in a transition, so the next
 * key is never held up by the table. A search set from elsewhere (a link, the address) replaces what is typed.
 */
export function OverviewSearch({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const [typed, setTyped] = useState(search);
  const typedRef = useRef(typed);
  typedRef.current = typed;
  const waiting = useRef(0);
  // The searches sent from here that the address has not caught up with: not a change from elsewhere.
  const sent = useRef<string[]>([]);
  const [seen, setSeen] = useState(search);
  if (search !== seen) {
    setSeen(search);
    const ours = sent.current.indexOf(search);
    if (ours === -1) setTyped(search);
    else sent.current = sent.current.slice(ours + 1);
  }
  return (
    <PktTextinput
      id="sok"
      type="search"
      label={t.overview.sok}
      value={typed}
      placeholder="BYTTE-…"
      autocomplete="off"
      onChange={(e) => {
        const next = e.target.value;
        setTyped(next);
        // After the field has painted (changing the address costs tens of milliseconds on a slow
        // PC), and only the latest of keys typed in between.
        cancelAnimationFrame(waiting.current);
        waiting.current = requestAnimationFrame(() =>
          setTimeout(() => {
            if (typedRef.current !== next) return;
            sent.current.push(next);
            startTransition(() => onSearch(next));
          }),
        );
      }}
    />
  );
}
