import { afterEach, describe, expect, it } from 'vitest';
import { kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

describe('text as main stores it', () => {
  it('is cleaned before it is stored, and the identifier check sees the cleaned text', async () => {
    app = openTestApp();
    await setUpAs(app);
    const d = await app.ok('exchanges.create', {
      partnerDistrict: 'grunerlokka',
      kandidat: { ...kandidat, grunner: '\u202EØnsker\u0000 å flytte\u200B nær familie.\r\nHar sagt ja.\u0007', internReferanse: 'Sak\n2026\t17' },
    });
    expect(d.state.kandidat).toMatchObject({ grunner: 'Ønsker å flytte nær familie.\nHar sagt ja.', internReferanse: 'Sak 2026 17' });

    // A phone number with zero-width spaces between its digits: invisible on screen, and
    // the scanner cannot see a number in it until the spaces are gone.
    const hidden = '412\u200B34\u200B567';
    await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil: { ...profil, annet: `Kan nås på ${hidden}.` }, avvisteFunn: [] } });
    const stored = await app.ok('exchanges.get', { id: d.id });
    expect(stored.state.brukerprofil?.profil.annet).toBe('Kan nås på 41234567.');
    expect(await app.dispatch('exchanges.act', { id: d.id, action: { type: 'brukerprofil.sendt', dato: '2026-03-03' } })).toMatchObject({
      ok: false,
      error: { code: 'PROFIL_HAR_FUNN' },
    });

    // The renderer may send the finding as the coordinator's text held it; cleaned, it matches.
    await app.ok('exchanges.act', {
      id: d.id,
      action: { type: 'brukerprofil.lagre', profil: { ...profil, annet: `Kan nås på ${hidden}.` }, avvisteFunn: [{ felt: 'annet', tekst: hidden, grunn: 'Bydelens vakttelefon.' }] },
    });
    const sent = await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.sendt', dato: '2026-03-03' } });
    expect(sent.state.brukerprofil?.avvisteFunn).toEqual([{ felt: 'annet', tekst: '41234567', grunn: 'Bydelens vakttelefon.' }]);
  });
});
