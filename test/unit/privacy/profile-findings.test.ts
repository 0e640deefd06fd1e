import { describe, expect, it } from 'vitest';
import { avvistFunnSchema, brukerprofilSchema, type BrukerprofilUtkast } from '../../../src/shared/exchange/model';
import { profileContent } from '../../../src/shared/documents/profile-content';
import { TJENESTE_LABELS } from '../../../src/shared/i18n/labels';
import { openProfileFindingCount, profileFindings } from '../../../src/shared/privacy/profile-findings';
import { kandidat, profil } from '../../support/fixtures';

const SENDER = { coordinatorName: 'Kari Koordinator', coordinatorContact: 'bolig@bydel-stovner.oslo.kommune.no' };

describe('services in the profile: LAR, and a free text per service', () => {
  it('LAR is a service with its own label, and each service takes a bounded free text', () => {
    const lar = { tjeneste: 'lar', harNa: false, behovNyBydel: true, intensitet: 'middels', kommentar: 'Trenger oppfølging av LAR-team.' } as const;
    expect(brukerprofilSchema.parse({ ...profil, tjenester: [lar] }).tjenester).toEqual([lar]);
    expect(TJENESTE_LABELS.lar).toBe('LAR (legemiddelassistert rehabilitering)');
    expect(brukerprofilSchema.safeParse({ ...profil, tjenester: [{ ...lar, kommentar: 'x'.repeat(501) }] }).success).toBe(false);
  });

  it('the free text of a service is scanned for identifiers like the other free texts, per service', () => {
    const draft: BrukerprofilUtkast = {
      ...profil,
      tjenester: [
        { tjeneste: 'nav', harNa: true, behovNyBydel: false, intensitet: 'lav', kommentar: 'Fast møte hver mandag.' },
        { tjeneste: 'lar', harNa: true, behovNyBydel: true, intensitet: 'lav', kommentar: 'Kontakt: 12345678901 hos LAR.' },
      ],
    };
    const findings = profileFindings(draft, []);
    expect(findings.map((f) => [f.felt, f.rad, f.tekst])).toEqual([['tjenester', 1, '12345678901']]);
    expect(openProfileFindingCount(draft, [])).toBe(1);
    // A dismissal is stored like any other, under 'tjenester'.
    const avvist = avvistFunnSchema.parse({ felt: 'tjenester', tekst: '12345678901', grunn: 'Et saksnummer, ikke et fødselsnummer.' });
    expect(openProfileFindingCount(draft, [avvist])).toBe(0);
  });

  it('the profile content (PDF and preview) shows each service with its free text', () => {
    const content = profileContent(
      { reference: 'BYTTE-TEST-0001', direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat },
      profil,
      SENDER,
      '2026-03-05',
    );
    const rows = content.sections.find((s) => s.heading === 'Tjenester og behov for oppfølging')?.rows;
    expect(rows).toEqual([
      ['Rus- og psykisk helsetjeneste', 'Har i dag, behov i ny bydel (middels intensitet)'],
      ['LAR (legemiddelassistert rehabilitering)', 'Har i dag, behov i ny bydel (lav intensitet)\nHenter medisiner på apoteket to ganger i uken.'],
    ]);
    expect(profileFindings(profil, [])).toEqual([]);
  });
});
