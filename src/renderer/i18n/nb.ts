/**
 * Every text of the screens, in bokmål: no screen writes a Norwegian word of its own
 * (test/unit/glossary.test.ts fails on one). The texts live by screen in ./nb/; this file puts
 * them together as the one `t` the screens import. Domain words (steps, categories) live in
 * src/shared/i18n/labels.ts, shared with the documents.
 *
 * Adding a language: copy ./nb/ to ./nn/ (nynorsk) or ./en/ (English) and this file beside it,
 * translate every value and keep every key and every function's parameters, and end the object
 * with `} satisfies Texts;` (`import type { Texts } from './nb';`). The compiler then reports
 * every text that is missing, extra or takes other values. Choosing the language is not built.
 */
import { common, nav } from './nb/common';
import { documents, fellesMappe, importer } from './nb/documents';
import { exchange } from './nb/exchange';
import { meeting } from './nb/meeting';
import { overview } from './nb/overview';
import { partnere, partnerSync } from './nb/partners';
import { personvern } from './nb/privacy';
import { innkommende, kandidat } from './nb/registration';
import { ingenKontakt, settings, skadet, training } from './nb/settings';
import { setup } from './nb/setup';
import { statistikk } from './nb/statistics';
import { kandidatStep, mote, stepWords, svar } from './nb/steps';
import { tildeling, visning } from './nb/steps-housing';
import { brukerprofil } from './nb/steps-profile';
import { ansvarGammel, ansvarNy, avsluttet, overforingsmote } from './nb/steps-transfer';

export const t = {
  appName: 'Bytteordning',
  osloKommune: 'Oslo kommune',
  bydelLabel: (bydel: string, training: boolean) => `Bydel ${bydel}${training ? ' · øvingsmodus' : ''}`,
  nav,
  common,
  setup,
  overview,
  kandidat,
  innkommende,
  exchange,
  steps: {
    ...stepWords,
    kandidat: kandidatStep,
    brukerprofil,
    mote,
    svar,
    tildeling,
    visning,
    overforingsmote,
    ansvarGammel,
    ansvarNy,
    avsluttet,
  },
  meeting,
  training,
  settings,
  ingenKontakt,
  skadet,
  personvern,
  documents,
  importer,
  fellesMappe,
  partnere,
  statistikk,
  partnerSync,
};

/** The shape every language file must have: the same keys, and functions with the same parameters. */
export type Texts = typeof t;
