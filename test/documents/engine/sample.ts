import type { DocumentModel } from '../../../src/main/documents/engine';

/** Long text with the letters that must survive: Æ Ø Å æ ø å. */
const LOREM =
  'Bydelen har vurdert søknaden og funnet at tjenestebehovet er best ivaretatt i en bolig med fellesareal og ' +
  'døgnbemanning i nærheten. Vurderingen bygger på samtaler med tjenestemottakeren, pårørende og ' +
  'tjenesteapparatet, og på erfaringer fra tidligere botilbud. Det er lagt vekt på ønsket om å bo nær ' +
  'familie og arbeidssted, og på behovet for forutsigbare rammer i hverdagen.';

export function sampleModel(): DocumentModel {
  return {
    lang: 'nb-NO',
    title: 'Brukerprofil for bytte av bolig – Sammen om bolig',
    // '&' and '<' must be escaped in the XMP metadata (pdfkit does not do it).
    subtitle: 'Anonymisert profil til vurdering hos mottakende bydel',
    letterhead: { organisation: 'Oslo kommune', unit: 'Bydel Gamle Oslo' },
    author: 'Bydel Gamle Oslo',
    subject: 'Brukerprofil & bytteordning <intern>',
    keywords: ['bytteordning', 'brukerprofil', 'Sammen om bolig'],
    meta: [
      { label: 'Referanse', value: 'BYT-2025-0142' },
      { label: 'Dato', value: '14. mars 2025' },
      { label: 'Status', value: 'Til vurdering' },
      { label: 'Fra bydel', value: 'Bydel Gamle Oslo' },
      { label: 'Til bydel', value: 'Bydel Søndre Nordstrand' },
      { label: 'Saksbehandler', value: 'Åse Ødegård Brænne' },
    ],
    notice: 'Dokumentet inneholder ingen personidentifiserende opplysninger.',
    footerText: 'Bytteordning · Bydel Gamle Oslo → Bydel Søndre Nordstrand · BYT-2025-0142',
    sections: [
      {
        heading: 'Om tjenestebehovet',
        blocks: [
          { kind: 'paragraph', text: LOREM },
          { kind: 'paragraph', text: 'Store og små bokstaver: Æ Ø Å æ ø å.' },
          {
            kind: 'keyValue',
            rows: [
              { label: 'Aldersgruppe', value: '30–39 år' },
              { label: 'Husstand', value: 'Én voksen, ingen barn' },
              { label: 'Ønsket boligtype', value: 'Leilighet i bofellesskap med fellesareal, gjerne i første etasje eller med heis' },
              { label: 'Særlige behov', value: 'Trinnfri adkomst. Skjermet soverom. Kort vei til kollektivtransport – helst under 500 meter.' },
              { label: 'Tjenester i dag', value: 'Praktisk bistand 3 timer/uke, oppfølging fra psykisk helsetjeneste annenhver uke.' },
            ],
          },
          { kind: 'subheading', text: 'Ønsker og forutsetninger' },
          {
            kind: 'list',
            items: [
              'Bo nær familie på Holmlia eller Mortensrud',
              'Tilgang til grøntområder og turstier',
              'Mulighet for å ta med kjæledyr (katt) – dette er viktig for å trives og oppleve trygghet i hverdagen, og bør vektlegges',
              'Stille bomiljø, særlig om natten',
            ],
          },
          { kind: 'paragraph', text: `${LOREM}\n\n${LOREM}` },
        ],
      },
      {
        heading: 'Boligtilbud som er vurdert',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Adresseområde', width: 0.3 },
              { header: 'Type', width: 0.22 },
              { header: 'Vurdering', width: 0.36 },
              { header: 'Husleie', width: 0.12, align: 'right' },
            ],
            rows: Array.from({ length: 26 }, (_, i) => [
              ['Grønland', 'Tøyen', 'Kampen', 'Vålerenga', 'Ensjø', 'Bjørvika'][i % 6] + ` (${i + 1})`,
              i % 3 === 0 ? 'Bofellesskap' : i % 3 === 1 ? 'Leilighet' : 'Omsorgsbolig',
              i % 5 === 0
                ? 'Aktuell, men lang ventetid. Må avklares med boligkontoret før endelig vurdering, og pårørende ønsker befaring.'
                : i % 2 === 0
                  ? 'Ikke aktuell – mangler heis'
                  : 'Aktuell',
              `${(8500 + i * 137).toLocaleString('nb-NO')} kr`,
            ]),
          },
          { kind: 'note', title: 'Merk', text: 'Husleie er veiledende og kan endres. Endelig husleie fastsettes i leiekontrakten.' },
        ],
      },
      {
        heading: 'Sjekkliste før overføring',
        blocks: [
          {
            kind: 'checklist',
            items: [
              { status: 'done', text: 'Samtykke til utveksling av opplysninger er innhentet', detail: 'Registrert 3. mars 2025 av Åse Ødegård Brænne' },
              { status: 'done', text: 'Brukerprofilen er kontrollert for personidentifiserende opplysninger' },
              { status: 'notRelevant', text: 'Avklaring med barnevernstjenesten', detail: 'Ingen barn i husstanden' },
              { status: 'open', text: 'Befaring av aktuell bolig sammen med tjenestemottaker og pårørende, med eventuell tolk til stede' },
              { status: 'open', text: 'Vedtak om tjenester i mottakende bydel', detail: 'Avventer saksbehandling' },
            ],
          },
          { kind: 'paragraph', text: LOREM },
          { kind: 'note', text: 'Dokumentet inneholder ingen personidentifiserende opplysninger.' },
        ],
      },
    ],
  };
}
