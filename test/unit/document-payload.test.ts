import { describe, expect, it } from 'vitest';
import { documentAvailability } from '../../src/shared/documents/catalog';
import { canonicalJson } from '../../src/shared/documents/payload';
import type { ExchangeState } from '../../src/shared/exchange/model';
import { profil } from '../support/fixtures';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 'æ', y: undefined, x: null }], c: true } })).toBe('{"a":{"c":true,"d":[3,{"x":null,"z":"æ"}]},"b":1}');
  });

  it('gives the same text for the same data in any key order', () => {
    const a = { reference: 'BYTTE-AAAA-BBBB', profil: { heis: false, aldersgruppe: '36-45' } };
    const b = { profil: { aldersgruppe: '36-45', heis: false }, reference: 'BYTTE-AAAA-BBBB' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).not.toBe(canonicalJson({ ...b, reference: 'BYTTE-AAAA-CCCC' }));
  });

  it('keeps what JSON keeps: escapes, unicode, numbers', () => {
    const value = { tekst: 'Linje 1\n«Åse» "sa" \\ 😀', tall: [0, -1.5, 1e21] };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe('documentAvailability', () => {
  const base: ExchangeState = {
    reference: 'BYTTE-AAAA-BBBB',
    direction: 'utgaende',
    oldDistrict: 'stovner',
    newDistrict: 'grunerlokka',
    kandidat: { malgruppe: ['rus'] },
  };

  it('offers the profile to the old district only when it may be sent', () => {
    expect(documentAvailability(base, 'brukerprofil')).toMatchObject({ available: false, code: 'PROFIL_UFULLSTENDIG' });
    const withFinding = { ...base, brukerprofil: { profil: { ...profil, annet: 'Ring 412 34 567.' }, avvisteFunn: [] } };
    expect(documentAvailability(withFinding, 'brukerprofil')).toMatchObject({ available: false, code: 'PROFIL_HAR_FUNN' });
    // The PDF carries the profile as sent, so it is made once the profile is marked as sent.
    expect(documentAvailability({ ...base, brukerprofil: { profil, avvisteFunn: [] } }, 'brukerprofil')).toMatchObject({ available: false });
    expect(documentAvailability({ ...base, brukerprofil: { profil, avvisteFunn: [], sendtDato: '2026-03-01' } }, 'brukerprofil')).toEqual({ available: true });
    expect(documentAvailability({ ...base, direction: 'innkommende', brukerprofil: { profil, avvisteFunn: [] } }, 'brukerprofil')).toMatchObject({ available: false });
  });

  it('offers the answer and the delegation to the new district once they are registered', () => {
    const incoming: ExchangeState = { ...base, direction: 'innkommende' };
    expect(documentAvailability(incoming, 'svar')).toMatchObject({ available: false });
    expect(documentAvailability({ ...incoming, svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } }, 'svar')).toEqual({ available: true });
    expect(documentAvailability({ ...base, svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } }, 'svar')).toMatchObject({ available: false });
    expect(documentAvailability(incoming, 'delegering')).toMatchObject({ available: false });
  });

  it('offers agendas and invitations once their meeting is registered', () => {
    expect(documentAvailability(base, 'agenda_avklaringsmote')).toMatchObject({ available: false });
    expect(documentAvailability(base, 'kalender_visning')).toMatchObject({ available: false });
    const planned: ExchangeState = {
      ...base,
      visning: { runder: [], planlagt: { tidspunkt: '2026-04-15T12:00', sted: 'Ved inngangen', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '' } },
      overforingsmote: { type: 'ikke_nodvendig', grunn: 'Nylig avklaringsmøte.' },
    };
    expect(documentAvailability(planned, 'kalender_visning')).toEqual({ available: true });
    // A transfer meeting found not needed has no time or place: no agenda, no invitation.
    expect(documentAvailability(planned, 'agenda_overforingsmote')).toMatchObject({ available: false });
    expect(documentAvailability(planned, 'kalender_overforingsmote')).toMatchObject({ available: false });
  });
});
