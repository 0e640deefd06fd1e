/** Back to the overview with everything loaded afresh (another database behind the same window). */
export function restartApp(): void {
  window.location.hash = '#/';
  window.location.reload();
}
