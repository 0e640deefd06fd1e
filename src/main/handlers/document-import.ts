/**
 * Importing a document from the other district: what it would change (the preview), and the
 * change itself. Both come from one plan, so the coordinator confirms exactly what is stored.
 * The plan runs the routine's own reducer, so a document the routine does not allow yet is
 * refused before anything is shown as importable, and nothing is written on a refusal.
 */
import type { ChannelOutput } from '../../shared/contract';
import type { ImportPreview } from '../../shared/contract-documents';
import { districtName } from '../../shared/districts';
import { profileContent } from '../../shared/documents/profile-content';
import {
  type AnswerPayload,
  type CrossingDocument,
  type DelegationPayload,
  type ProfilePayload,
  recipientOf,
  sameData,
  senderDistrictOf,
} from '../../shared/documents/payload';
import { answerRows, boligRows } from '../../shared/documents/summaries';
import { AppError } from '../../shared/errors';
import { applyAction, type ExchangeAction, stepOfAction } from '../../shared/exchange/actions';
import { describeAction } from '../../shared/exchange/describe';
import type { ExchangeState } from '../../shared/exchange/model';
import { formatDate } from '../../shared/i18n/format';
import type { Settings } from '../../shared/settings';
import type { EventInput } from '../repositories/exchange-repository';
import { actorOf, incomingKandidat, indexOf } from './exchange-state';
import { actionContext } from './exchanges';
import type { HandlerContext } from './types';

export type ImportResult = ChannelOutput<'documents.import'>;

export interface ImportPlan {
  preview: ImportPreview;
  /** Writes the plan: every change with its history event, in one transaction. */
  apply(): ImportResult;
}

/** Why the import skips a clarification meeting the old district never registered. */
const AUTO_SKIP_REASON = 'Ikke registrert hos oss før svaret fra ny bydel ble importert.';

type Header = Pick<ImportPreview, 'kind' | 'reference' | 'oldDistrict' | 'newDistrict' | 'sender'>;

function headerOf(doc: CrossingDocument): Header {
  const p = doc.payload;
  return { kind: doc.kind, reference: p.reference, oldDistrict: p.oldDistrict, newDistrict: p.newDistrict, sender: p.sender };
}

function fromPartner(doc: CrossingDocument): string {
  return `Importert fra dokument fra bydel ${districtName(senderDistrictOf(doc))}.`;
}

/** A document that is already stored: the import says so and writes nothing. */
function unchanged(doc: CrossingDocument, exchangeId: number, sections: ImportPreview['sections']): ImportPlan {
  const message = 'Dokumentet er allerede importert. Ingenting endres.';
  return {
    preview: { ...headerOf(doc), outcome: 'uendret', exchangeId, message, sections, changes: [] },
    apply: () => ({ exchangeId, reference: doc.payload.reference, outcome: 'uendret', message: 'Dokumentet er allerede importert. Ingenting er endret.' }),
  };
}

function refuseTrainingMismatch(ctx: HandlerContext, doc: CrossingDocument): void {
  const fictional = doc.payload.ovingsmodus === true;
  if (fictional && !ctx.mode.training) throw new AppError('DOKUMENT_OVINGSMODUS');
  if (!fictional && ctx.mode.training) {
    throw new AppError(
      'DOKUMENT_OVINGSMODUS',
      'Dokumentet er ekte og kan ikke importeres i øvingsmodus. Ingenting er importert. Avslutt øvingsmodus, og importer det på nytt.',
    );
  }
}

function planProfile(ctx: HandlerContext, settings: Settings, doc: CrossingDocument & { kind: 'brukerprofil' }): ImportPlan {
  const p: ProfilePayload = doc.payload;
  if (!ctx.pairs.isActive(settings.district, p.oldDistrict)) {
    throw new AppError(
      'IKKE_AKTIVT_PAR',
      `Bydel ${districtName(p.oldDistrict)} er ikke en aktiv byttepartner for dere. Ingenting er importert. Aktiver bytteparet under Innstillinger, og importer brukerprofilen på nytt.`,
    );
  }
  const brukerprofil: NonNullable<ExchangeState['brukerprofil']> = { profil: p.profil, avvisteFunn: [], sendtDato: p.date, avsender: p.sender };
  const at = ctx.now().toISOString();
  const event = (summary: string, action: EventInput['action']): EventInput => ({ at, actor: actorOf(settings), action, step: 'brukerprofil', summary });
  const sectionsOf = (state: ExchangeState) => profileContent(state, p.profil, p.sender, p.date).sections;
  const imported = `brukerprofilen bydel ${districtName(p.oldDistrict)} sendte ${formatDate(p.date)}, er importert.`;

  const existingId = ctx.exchanges.idByReference(p.reference);
  if (existingId === null) {
    const state: ExchangeState = {
      reference: p.reference,
      direction: 'innkommende',
      oldDistrict: p.oldDistrict,
      newDistrict: p.newDistrict,
      kandidat: incomingKandidat(p.malgruppe),
      brukerprofil,
    };
    const summary = `Innkommende bytte opprettet: ${imported}`;
    return {
      preview: {
        ...headerOf(doc),
        outcome: 'opprettes',
        exchangeId: null,
        message: `Et nytt innkommende bytte fra bydel ${districtName(p.oldDistrict)} opprettes med brukerprofilen.`,
        sections: sectionsOf(state),
        changes: [summary],
      },
      apply: () => {
        const exchangeId = ctx.db.transaction(() => {
          const id = ctx.exchanges.create(state, indexOf(state, at, settings), event(summary, 'opprettet'));
          ctx.audit.log({ action: 'dokument.importert', exchangeId: id, step: 'brukerprofil', detail: doc.kind, at });
          return id;
        })();
        return { exchangeId, reference: p.reference, outcome: 'opprettet', message: `Byttet ${p.reference} er opprettet fra brukerprofilen.` };
      },
    };
  }

  const stored = ctx.exchanges.get(existingId)!;
  const s = stored.state;
  if (s.direction !== 'innkommende' || s.oldDistrict !== p.oldDistrict) throw new AppError('REFERANSE_FINNES');
  if (sameData(s.brukerprofil, brukerprofil) && sameData(s.kandidat.malgruppe, p.malgruppe)) {
    return unchanged(doc, existingId, sectionsOf(s));
  }
  if (s.avsluttet) throw new AppError('BYTTE_AVSLUTTET');
  if (s.svar) {
    throw new AppError('KAN_IKKE_ENDRES', 'Dere har allerede svart på dette byttet, så brukerprofilen kan ikke byttes ut. Ingenting er importert.');
  }
  // An exchange registered by hand from a message gets the profile the message was about.
  const state: ExchangeState = { ...s, kandidat: { ...s.kandidat, malgruppe: p.malgruppe }, brukerprofil };
  const summary = imported.charAt(0).toUpperCase() + imported.slice(1);
  return {
    preview: {
      ...headerOf(doc),
      outcome: 'oppdateres',
      exchangeId: existingId,
      message: `Brukerprofilen lagres i det innkommende byttet ${p.reference}.`,
      sections: sectionsOf(state),
      changes: [summary],
    },
    apply: () => {
      ctx.db.transaction(() => {
        ctx.exchanges.update(existingId, state, indexOf(state, at, settings), event(summary, 'brukerprofil.sendt'));
        ctx.audit.log({ action: 'dokument.importert', exchangeId: existingId, step: 'brukerprofil', detail: doc.kind, at });
      })();
      return { exchangeId: existingId, reference: p.reference, outcome: 'oppdatert', message: `Brukerprofilen er lagret i byttet ${p.reference}.` };
    },
  };
}

/** The routine's actions an answer stands for, on the old district's exchange. */
function answerActions(s: ExchangeState, p: AnswerPayload): ExchangeAction[] {
  if (!s.brukerprofil?.sendtDato) {
    throw new AppError('STEG_IKKE_KLART', 'Registrer først at brukerprofilen er sendt (steget Brukerprofil), og importer svaret på nytt. Ingenting er importert.');
  }
  // An answer means the clarification step is behind us; if it was never registered here, say so.
  const pending = !s.avklaringsmote?.mote && !s.avklaringsmote?.hoppetOver && !s.svar;
  return [
    ...(pending ? [{ type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: AUTO_SKIP_REASON, dato: p.svar.dato } as const] : []),
    { type: 'svar.registrer', svar: p.svar },
  ];
}

function alreadyStored(s: ExchangeState, doc: CrossingDocument & { kind: 'svar' | 'delegering' }): boolean {
  if (doc.kind === 'svar') return sameData(s.svar, doc.payload.svar);
  const bolig: DelegationPayload['bolig'] = doc.payload.bolig;
  // A dwelling declined at a viewing has left tildeling but is still the same document.
  return sameData(s.tildeling?.bolig, bolig) || (s.visning?.runder ?? []).some((r) => sameData(r.bolig, bolig));
}

function planAnswerOrDelegation(ctx: HandlerContext, settings: Settings, doc: CrossingDocument & { kind: 'svar' | 'delegering' }): ImportPlan {
  const p = doc.payload;
  const id = ctx.exchanges.idByReference(p.reference);
  const stored = id === null ? null : ctx.exchanges.get(id);
  if (!stored || stored.state.direction !== 'utgaende' || stored.state.newDistrict !== p.newDistrict) {
    throw new AppError('DOKUMENT_UKJENT_BYTTE');
  }
  const exchangeId = stored.id;
  const sections =
    doc.kind === 'svar'
      ? [{ heading: 'Svar fra ny bydel', rows: answerRows(doc.payload.svar) }]
      : [{ heading: 'Boligen og delegeringen', rows: boligRows(doc.payload.bolig) }];
  if (alreadyStored(stored.state, doc)) return unchanged(doc, exchangeId, sections);

  const actions: ExchangeAction[] = doc.kind === 'svar' ? answerActions(stored.state, doc.payload) : [{ type: 'tildeling.bolig', bolig: doc.payload.bolig }];
  const now = ctx.now();
  const at = now.toISOString();
  const steps: { action: ExchangeAction; state: ExchangeState; summary: string }[] = [];
  let state = stored.state;
  for (const action of actions) {
    state = applyAction(state, action, actionContext(settings, now));
    steps.push({ action, state, summary: `${describeAction(action, state)} ${fromPartner(doc)}` });
  }
  return {
    preview: {
      ...headerOf(doc),
      outcome: 'oppdateres',
      exchangeId,
      message: doc.kind === 'svar' ? `Svaret registreres i byttet ${p.reference}.` : `Boligen og delegeringen registreres i byttet ${p.reference}.`,
      sections,
      changes: steps.map((st) => st.summary),
    },
    apply: () => {
      ctx.db.transaction(() => {
        for (const st of steps) {
          ctx.exchanges.update(exchangeId, st.state, indexOf(st.state, at, settings), {
            at,
            actor: actorOf(settings),
            action: st.action.type,
            step: stepOfAction(st.action),
            summary: st.summary,
          });
        }
        ctx.audit.log({ action: 'dokument.importert', exchangeId, step: stepOfAction(actions.at(-1)!), detail: doc.kind, at });
      })();
      return { exchangeId, reference: p.reference, outcome: 'oppdatert', message: `Dokumentet er importert i byttet ${p.reference}.` };
    },
  };
}

/** The plan for a verified document, or the refusal that says why it cannot be imported here. */
export function planImport(ctx: HandlerContext, settings: Settings, doc: CrossingDocument): ImportPlan {
  refuseTrainingMismatch(ctx, doc);
  if (recipientOf(doc) !== settings.district) throw new AppError('DOKUMENT_FEIL_MOTTAKER');
  return doc.kind === 'brukerprofil' ? planProfile(ctx, settings, doc) : planAnswerOrDelegation(ctx, settings, doc);
}
