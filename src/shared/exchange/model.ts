import { z } from 'zod';
import { districtIdSchema } from '../district-schema';
import { FIELD_MESSAGES, REQUIRED_FIELD_NAMES } from '../i18n/field-messages';
import { setupSchema } from '../settings';
import { factKeySchema, partySchema } from './ownership';
import { isoDate, isoDateTime, requiredShortText, requiredText, shortText, text } from './primitives';

// ---- Kandidat -------------------------------------------------------------------------

export const MALGRUPPER = ['rus', 'psykisk_helse', 'tilleggsproblematikk'] as const;
export const malgruppeSchema = z.enum(MALGRUPPER);

export const kandidatSchema = z.object({
  malgruppe: z
    .array(malgruppeSchema)
    .min(1, { error: FIELD_MESSAGES.malgruppe })
    .refine((v) => new Set(v).size === v.length, { error: FIELD_MESSAGES.malgruppeEnGang }),
  onskerKommunalBolig: z.literal(true, {
    error: FIELD_MESSAGES.onskerKommunalBolig,
  }),
  grunner: requiredText(2000, REQUIRED_FIELD_NAMES.grunner),
  samtykke: z.literal(true, {
    error: FIELD_MESSAGES.samtykke,
  }),
  samtykkeDato: isoDate,
  /** Our own reference to the person's record. Stays in this installation, never exported. */
  internReferanse: shortText(100).optional(),
});
export type Kandidat = z.infer<typeof kandidatSchema>;

// ---- Brukerprofil (anonymous) ----------------------------------------------------------

export const ALDERSGRUPPER = ['18-25', '26-35', '36-45', '46-55', '56-66', '67+'] as const;
export const KJONN = ['kvinne', 'mann', 'annet', 'oppgis_ikke'] as const;
export const HUSSTANDER = ['alene', 'med_partner', 'med_barn', 'med_partner_og_barn'] as const;
export const TILLEGGSUTFORDRINGER = ['somatisk_helse', 'kognitiv_funksjon', 'okonomi_gjeld', 'voldsrisiko', 'straffegjennomforing', 'ensomhet_isolasjon', 'annet'] as const;
export const BOSITUASJONER = ['kommunal_bolig', 'privat_leie', 'eid_bolig', 'midlertidig_botilbud', 'institusjon', 'uten_fast_bolig', 'annet'] as const;
export const FLYTTEGRUNNER = ['naerhet_nettverk', 'bort_fra_rusmiljo', 'ny_start', 'konflikt_i_nabolaget', 'behov_annen_boligtype', 'naerhet_tjenester', 'annet'] as const;
export const BOLIGTYPER = ['ordinaer', 'bemannet', 'samlokalisert', 'tilrettelagt'] as const;
export const BOLIGSTORRELSER = ['hybel', '1_rom', '2_rom', '3_rom_eller_mer'] as const;
export const TJENESTER = ['rus_psykisk_helse', 'act_fact', 'hjemmetjenester', 'nav', 'boveiledning', 'fastlege', 'spesialisthelsetjeneste', 'lar', 'annet'] as const;
export const INTENSITETER = ['lav', 'middels', 'hoy'] as const;
export const INNTEKTSTYPER = ['arbeid', 'aap', 'uforetrygd', 'sosialhjelp', 'kvalifiseringsstonad', 'alderspensjon', 'annet'] as const;

export const tjenesteBehovSchema = z.object({
  tjeneste: z.enum(TJENESTER),
  harNa: z.boolean(),
  behovNyBydel: z.boolean(),
  intensitet: z.enum(INTENSITETER),
  /** What the service is or should be, in the coordinator's words; scanned for identifiers. */
  kommentar: text(500).optional(),
});

/** Every field of the anonymous profile. The free-text fields are scanned for identifiers. */
export const brukerprofilSchema = z.object({
  aldersgruppe: z.enum(ALDERSGRUPPER, { error: FIELD_MESSAGES.aldersgruppe }),
  kjonn: z.enum(KJONN).optional(),
  husstand: z.enum(HUSSTANDER, { error: FIELD_MESSAGES.husstand }),
  husdyr: z.boolean(),
  tilleggsutfordringer: z.array(z.enum(TILLEGGSUTFORDRINGER)),
  bosituasjon: z.enum(BOSITUASJONER, { error: FIELD_MESSAGES.bosituasjon }),
  bosituasjonKommentar: text(1000).optional(),
  flyttegrunner: z.array(z.enum(FLYTTEGRUNNER)).min(1, { error: FIELD_MESSAGES.flyttegrunner }),
  flyttegrunnerKommentar: text(2000).optional(),
  boligtype: z.enum(BOLIGTYPER, { error: FIELD_MESSAGES.boligtype }),
  boligstorrelse: z.enum(BOLIGSTORRELSER, { error: FIELD_MESSAGES.boligstorrelse }),
  trinnfri: z.boolean(),
  heis: z.boolean(),
  omradeonsker: text(1000).optional(),
  unnga: text(1000).optional(),
  tjenester: z.array(tjenesteBehovSchema).max(20),
  inntekt: z.enum(INNTEKTSTYPER, { error: FIELD_MESSAGES.inntekt }),
  behovBostotte: z.boolean(),
  behovFastTrekk: z.boolean(),
  ressurser: text(2000).optional(),
  annet: text(2000).optional(),
});
export type Brukerprofil = z.infer<typeof brukerprofilSchema>;

/** A draft may be incomplete: every field optional, each still valid where present. */
export const brukerprofilUtkastSchema = brukerprofilSchema.partial();
export type BrukerprofilUtkast = z.infer<typeof brukerprofilUtkastSchema>;

/** A coordinator's name and work contact, as documents between districts carry them. */
export const avsenderSchema = setupSchema.pick({ coordinatorName: true, coordinatorContact: true });
export type Avsender = z.infer<typeof avsenderSchema>;

export const PROFILE_FREE_TEXT_FIELDS = [
  'bosituasjonKommentar',
  'flyttegrunnerKommentar',
  'omradeonsker',
  'unnga',
  'ressurser',
  'annet',
] as const satisfies readonly (keyof Brukerprofil)[];
export type ProfileFreeTextField = (typeof PROFILE_FREE_TEXT_FIELDS)[number];

/** The longest text a free-text field of the profile takes, as its schema says: the form counts down from it. */
export function profileTextMax(felt: ProfileFreeTextField): number {
  return brukerprofilSchema.shape[felt].unwrap().maxLength ?? 0;
}

/** Where identifier findings can be: the free-text fields, and the free text of each service ('tjenester'). */
export const PROFILE_FINDING_FIELDS = [...PROFILE_FREE_TEXT_FIELDS, 'tjenester'] as const;
export type ProfileFindingField = (typeof PROFILE_FINDING_FIELDS)[number];

/** A finding the coordinator judged not to identify anyone, kept with the reason. */
export const avvistFunnSchema = z.object({
  /** For 'tjenester' the dismissal holds for that text in any service's free text. */
  felt: z.enum(PROFILE_FINDING_FIELDS),
  /** The finding's text as the scanner saw it in the stored (cleaned) profile, line breaks and all. */
  tekst: text(200),
  grunn: requiredShortText(300, REQUIRED_FIELD_NAMES.begrunnelsen),
});
export type AvvistFunn = z.infer<typeof avvistFunnSchema>;

// ---- Meetings --------------------------------------------------------------------------

export const deltakerSchema = z.object({
  navn: requiredShortText(120, REQUIRED_FIELD_NAMES.navn),
  rolle: shortText(120),
  tjeneste: shortText(120),
  /** A district id, or empty for someone outside the districts (e.g. Boligbygg). */
  bydel: z.union([districtIdSchema, z.literal('')]),
  erPersonen: z.boolean(),
  /** A worker's work e-mail, for the calendar invitation; never the person's own (not asked for, never used). */
  epost: z.union([z.literal(''), z.email({ error: FIELD_MESSAGES.epost }).max(200)]).optional(),
});
export type Deltaker = z.infer<typeof deltakerSchema>;

export const moteSchema = z.object({
  tidspunkt: isoDateTime,
  sted: requiredShortText(200, REQUIRED_FIELD_NAMES.sted),
  deltakere: z.array(deltakerSchema).min(1, { error: FIELD_MESSAGES.deltakere }).max(40),
  byttAktuelt: z.enum(['ja', 'nei', 'uavklart']),
  boligtype: z.enum(BOLIGTYPER).optional(),
  oppfolgingsbehov: text(2000),
  annet: text(2000).optional(),
});
export type Mote = z.infer<typeof moteSchema>;

/** A meeting called but not yet held: what an agenda and a calendar invitation need. */
export const motePlanSchema = moteSchema.pick({ tidspunkt: true, sted: true, deltakere: true });
export type MotePlan = z.infer<typeof motePlanSchema>;

export const PLANNED_MEETINGS = ['avklaringsmote', 'mote_etter_ja', 'overforingsmote'] as const;
export type PlannedMeeting = (typeof PLANNED_MEETINGS)[number];

export const nyOppfolgerSchema = z.object({
  navn: requiredShortText(120, REQUIRED_FIELD_NAMES.navn),
  tjeneste: requiredShortText(120, REQUIRED_FIELD_NAMES.tjeneste),
});

export const moteEtterJaSchema = moteSchema.extend({
  nyeOppfolgere: z.array(nyOppfolgerSchema).max(20),
  gericaAktuelt: z.boolean(),
  gericaBestiltDato: isoDate.optional(),
  gericaBekreftetDato: isoDate.optional(),
});
export type MoteEtterJa = z.infer<typeof moteEtterJaSchema>;

// ---- Svar ------------------------------------------------------------------------------

export const AVSLAGSGRUNNER = ['ingen_egnet_bolig', 'mangler_kapasitet_oppfolging', 'tjenester_ikke_tilgjengelige', 'utenfor_malgruppen', 'personen_passer_ikke_i_tilbudet', 'annet'] as const;

export const svarSchema = z.discriminatedUnion('svar', [
  z.object({ svar: z.literal('ja'), dato: isoDate, kommentar: text(2000) }),
  z.object({
    svar: z.literal('nei'),
    dato: isoDate,
    grunn: z.enum(AVSLAGSGRUNNER, { error: FIELD_MESSAGES.avslagsgrunn }),
    kommentar: text(2000),
  }),
]);
export type Svar = z.infer<typeof svarSchema>;

// ---- Tildeling -------------------------------------------------------------------------

export const boligSchema = z.object({
  referanse: requiredShortText(60, REQUIRED_FIELD_NAMES.boligreferansen),
  type: z.enum(BOLIGTYPER, { error: FIELD_MESSAGES.boligtype }),
  rom: z.number({ error: FIELD_MESSAGES.rom }).int().min(1).max(10),
  funnetDato: isoDate,
  delegertDato: isoDate,
});
export type Bolig = z.infer<typeof boligSchema>;

export const vedtakSchema = z.object({
  dato: isoDate,
  referanse: requiredShortText(60, REQUIRED_FIELD_NAMES.vedtaksreferansen),
  resultat: z.enum(['innvilget', 'avslag']),
});
export type Vedtak = z.infer<typeof vedtakSchema>;

export const tildelingSchema = z.object({
  soknadDato: isoDate.optional(),
  vedtak: vedtakSchema.optional(),
  bolig: boligSchema.optional(),
  tildeltDato: isoDate.optional(),
});
export type Tildeling = z.infer<typeof tildelingSchema>;

// ---- Visning ---------------------------------------------------------------------------

export const visningPlanSchema = z.object({
  tidspunkt: isoDateTime,
  sted: requiredShortText(200, REQUIRED_FIELD_NAMES.sted),
  gammelBydelDeltar: z.boolean(),
  nyBydelDeltar: z.boolean(),
  kontaktperson: shortText(120),
  /** Boligbygg's contact for the viewing: a name, and a phone number or e-mail address. */
  boligbyggKontakt: shortText(120).optional(),
  boligbyggKontaktinfo: shortText(120).optional(),
});
export type VisningPlan = z.infer<typeof visningPlanSchema>;

/** Why a person declined a dwelling at the viewing, as coded for the pilot statistics. */
export const VISNING_AVSLAGSGRUNNER = ['beliggenhet', 'storrelse', 'standard', 'tilgjengelighet', 'bomiljo', 'husleie', 'annet'] as const;
export type VisningAvslagsgrunn = (typeof VISNING_AVSLAGSGRUNNER)[number];

export const visningRundeSchema = visningPlanSchema.extend({
  bolig: boligSchema,
  utfall: z.enum(['akseptert', 'avslatt']),
  /** Set for every declined dwelling registered since the reasons were coded. */
  grunnKode: z.enum(VISNING_AVSLAGSGRUNNER).optional(),
  grunn: text(1000),
  registrertDato: isoDate,
});
export type VisningRunde = z.infer<typeof visningRundeSchema>;

export const visningSchema = z.object({
  planlagt: visningPlanSchema.optional(),
  runder: z.array(visningRundeSchema),
});
export type Visning = z.infer<typeof visningSchema>;

// ---- Overføringsmøte -------------------------------------------------------------------

export const overforingsmoteSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('holdt'), mote: moteSchema }),
  z.object({ type: z.literal('ikke_nodvendig'), grunn: requiredText(1000, REQUIRED_FIELD_NAMES.begrunnelsen) }),
]);
export type Overforingsmote = z.infer<typeof overforingsmoteSchema>;

// ---- Ansvar ----------------------------------------------------------------------------

export const ANSVAR_GAMMEL_PUNKTER = ['etablert_i_boligen', 'husleie_forste_maned', 'strom_avtalegiro', 'flyttemelding', 'bostotte', 'fast_trekk', 'oppfolging_til_overforing'] as const;
export type AnsvarGammelPunkt = (typeof ANSVAR_GAMMEL_PUNKTER)[number];

export const sjekkpunktSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('apen') }),
  z.object({ status: z.literal('gjort'), hvem: requiredShortText(120, REQUIRED_FIELD_NAMES.hvem), dato: isoDate }),
  z.object({ status: z.literal('ikke_relevant'), grunn: requiredText(500, REQUIRED_FIELD_NAMES.begrunnelsen) }),
]);
export type Sjekkpunkt = z.infer<typeof sjekkpunktSchema>;

export const ansvarGammelSchema = z.object({
  punkter: z.partialRecord(z.enum(ANSVAR_GAMMEL_PUNKTER), sjekkpunktSchema),
  innflyttingsdato: isoDate.optional(),
});
export type AnsvarGammel = z.infer<typeof ansvarGammelSchema>;

export const ansvarNySchema = z.object({
  overfortDato: isoDate.optional(),
  forsteOppfolgingDato: isoDate.optional(),
});
export type AnsvarNy = z.infer<typeof ansvarNySchema>;

// ---- Avsluttet -------------------------------------------------------------------------

export const UTFALL = ['gjennomfort', 'avslatt', 'trukket', 'avbrutt'] as const;
export type Utfall = (typeof UTFALL)[number];

export const avsluttetSchema = z.object({
  utfall: z.enum(UTFALL),
  dato: isoDate,
  grunn: text(2000),
});
export type Avsluttet = z.infer<typeof avsluttetSchema>;

// ---- The exchange ----------------------------------------------------------------------

export const DIRECTIONS = ['utgaende', 'innkommende'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const hoppetOverSchema = z.object({ grunn: requiredText(1000, REQUIRED_FIELD_NAMES.begrunnelsen), dato: isoDate });

/**
 * The whole state of one exchange as the routine sees it. Stored as one JSON document per
 * exchange; columns that lists filter and sort on are derived from it on every write.
 */
export const exchangeStateSchema = z.object({
  reference: z.string(),
  direction: z.enum(DIRECTIONS),
  oldDistrict: districtIdSchema,
  newDistrict: districtIdSchema,
  kandidat: kandidatSchema.partial().extend({ malgruppe: z.array(malgruppeSchema) }),
  brukerprofil: z
    .object({
      profil: brukerprofilUtkastSchema,
      avvisteFunn: z.array(avvistFunnSchema),
      sendtDato: isoDate.optional(),
      /** Who sent it: set on an incoming exchange imported from the old district's profile PDF. */
      avsender: avsenderSchema.optional(),
    })
    .optional(),
  avklaringsmote: z
    .object({ mote: moteSchema.optional(), hoppetOver: hoppetOverSchema.optional() })
    .optional(),
  svar: svarSchema.optional(),
  moteEtterJa: z
    .object({ mote: moteEtterJaSchema.optional(), hoppetOver: hoppetOverSchema.optional() })
    .optional(),
  tildeling: tildelingSchema.optional(),
  visning: visningSchema.optional(),
  overforingsmote: overforingsmoteSchema.optional(),
  /** Meetings called before they are held, by step. */
  moteplaner: z.partialRecord(z.enum(PLANNED_MEETINGS), motePlanSchema).optional(),
  ansvarGammel: ansvarGammelSchema.optional(),
  ansvarNy: ansvarNySchema.optional(),
  avsluttet: avsluttetSchema.optional(),
  /** Who registered each fact whose owner is whoever registers it (ownership.ts). */
  registrertAv: z.partialRecord(factKeySchema, partySchema).optional(),
  /** Facts that arrived from the partner: when, and in which of its updates. Local; never crosses. */
  mottatt: z.partialRecord(factKeySchema, z.object({ dato: isoDate, oppdatering: z.number().int().min(1) })).optional(),
});
export type ExchangeState = z.infer<typeof exchangeStateSchema>;
