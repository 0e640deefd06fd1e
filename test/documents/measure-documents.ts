/**
 * Prints each document's size and how long the profile PDF takes through the dispatcher
 * (not a test: timings on shared machines are noise). Run: npx tsx test/documents/measure-documents.ts
 */
import type { DocumentKind } from '../../src/shared/documents/catalog';
import { make, outgoing, routineUntil } from './support';

const { app, id } = await outgoing(routineUntil('brukerprofil.sendt'));
let t = performance.now();
await make(app, id, 'brukerprofil');
console.log(`profile PDF cold: ${(performance.now() - t).toFixed(1)} ms`);
for (let i = 0; i < 10; i++) await make(app, id, 'brukerprofil');
const runs: number[] = [];
for (let i = 0; i < 30; i++) {
  t = performance.now();
  await make(app, id, 'brukerprofil');
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
console.log(`profile PDF warm: median ${runs[15]!.toFixed(1)} ms, max ${runs.at(-1)!.toFixed(1)} ms`);
app.close();

// The whole routine up to the last checklist, so every document can be made.
const full = await outgoing(routineUntil('ansvar_ny.lagre'));
const kinds: DocumentKind[] = ['brukerprofil', 'agenda_avklaringsmote', 'agenda_overforingsmote', 'kalender_overforingsmote'];
for (const kind of kinds) {
  const { bytes, made } = await make(full.app, full.id, kind);
  console.log(`${made.fileName}: ${bytes.length} bytes`);
}
full.app.close();
