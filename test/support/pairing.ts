import type { TestApp } from './test-app';

/** Two installations pair as coordinators do: each imports the other's key file and confirms the fingerprint it shows. */
export async function pair(a: TestApp, b: TestApp): Promise<void> {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const own = await from.ok('partners.ownKey', {});
    const preview = await to.ok('partners.previewKey', { base64: own.base64 });
    if (preview.fingerprint !== own.fingerprint) throw new Error('the fingerprint read on the phone differs');
    await to.ok('partners.pinKey', { base64: own.base64, fingerprint: preview.fingerprint });
  }
}
