import { writeFileSync } from 'node:fs';
import { renderPdf } from './src/main/documents/engine';
import { sampleModel } from './test/documents/engine/sample';
const t0 = performance.now();
const pdf = await renderPdf(sampleModel(), { attachment: { name: 'profil.json', json: JSON.stringify({ a: 'æøå' }) }, creationDate: new Date('2025-03-14T10:00:00Z') });
console.log('cold', (performance.now() - t0).toFixed(1));
for (let i = 0; i < 5; i++) { const t = performance.now(); await renderPdf(sampleModel()); console.log('warm', (performance.now() - t).toFixed(1)); }
writeFileSync('test-results/documents/engine-sample.pdf', pdf);
