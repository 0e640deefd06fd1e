/**
 * Prints how long rendering takes (not a test: timings on shared CI machines are noise).
 * Run: npx tsx test/documents/engine/measure-render.ts
 */
import { renderPdf, type DocumentModel } from '../../../src/main/documents/engine';
import { readPdf } from '../../../src/main/documents/read-pdf';
import { sampleModel } from './sample';

function twoPageModel(): DocumentModel {
  const model = sampleModel();
  // The sample minus most of its long table: a typical profile of about two pages.
  const [first, second, third] = model.sections;
  if (!first || !second || !third) throw new Error('sample changed');
  const table = second.blocks[0];
  if (table?.kind === 'table') table.rows = table.rows.slice(0, 4);
  first.blocks = first.blocks.filter((b) => b.kind !== 'paragraph');
  return { ...model, sections: [first, second, third] };
}

const model = twoPageModel();
const attachment = { name: 'bytteordning.json', json: JSON.stringify(model) };

let t = performance.now();
const first = await renderPdf(model, { attachment });
const cold = performance.now() - t;
const pages = (await readPdf(first, { text: false })).pageCount;

for (let i = 0; i < 20; i++) await renderPdf(model, { attachment }); // let the JIT settle
const runs: number[] = [];
for (let i = 0; i < 50; i++) {
  t = performance.now();
  await renderPdf(model, { attachment });
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const at = (q: number): string => (runs[Math.floor(q * (runs.length - 1))] ?? 0).toFixed(1);
console.log(`${pages}-page document, ${first.length} bytes`);
console.log(`cold (fonts, modules): ${cold.toFixed(1)} ms`);
console.log(`warm: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
