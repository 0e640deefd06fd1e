/**
 * Runs before Punkt's modules are evaluated (imported first in main.tsx): Punkt reads these
 * globals at load time and would otherwise fetch icons and animations from its CDN.
 */
declare global {
  interface Window {
    pktIconPath?: string;
    pktAnimationPath?: string;
  }
}

window.pktIconPath = new URL('./icons/', document.baseURI).href;
window.pktAnimationPath = new URL('./animations/', document.baseURI).href;

export {};
