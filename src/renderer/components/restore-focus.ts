/**
 * Puts focus back on `before` when what had it was removed (a confirmation closed, a button
 * replaced) and focus fell to the page, which sends a keyboard or screen-reader user to the top.
 */
export function restoreFocus(before: Element | null): void {
  const now = document.activeElement;
  if (now && now !== document.body) return;
  if (before instanceof HTMLElement && before.isConnected) before.focus();
}
