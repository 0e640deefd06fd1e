import { chromium } from '@playwright/test';
// @ts-expect-error plain module
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { coldStart } from './cold-start';
async function main() {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try { console.log(await coldStart('/tmp/exp/small', browser)); } catch (e) { console.log('ERR', (e as Error).message.slice(0, 300)); }
  await browser.close();
}
void main();
