/** How a district is named in running text and as a heading, and the refusal of an unknown one. */
export const DISTRICT_TEXT = {
  /** «bydel Stovner», in running text. */
  iTekst: (navn: string) => `bydel ${navn}`,
  /** «Bydel Stovner», as a heading or at the start of a sentence. */
  tittel: (navn: string) => `Bydel ${navn}`,
  velgBydel: 'Velg en bydel fra listen.',
} as const;
