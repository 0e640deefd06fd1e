/**
 * Importing an update from the partner district: what it would change (the preview), and the
 * change itself, from one plan, so the coordinator confirms exactly what is stored. The update
 * is verified against the partner's pinned key and checked for order before anything is shown;
 * every change goes through the routine's own reducer as the sender applied it, and a change to
 * a fact this side owns is kept as a conflict, never applied (src/shared/sync/apply.ts).
 */
import { z } from 'zod';
import type { ImportPreview, ImportResult } from '../../shared/contract-documents';
import { districtName } from '../../shared/districts';
import { profileContent } from '../../shared/documents/profile-content';
import { svarRows } from '../../shared/facts/svar';
import { boligRows } from '../../shared/facts/tildeling';
import { AppError } from '../../shared/errors';
import { ANSWER_TEXT } from '../../shared/i18n/documents-text';
import { RECEIVED_CHANGE_MESSAGES, SYNC_MESSAGES } from '../../shared/i18n/sync-messages';
import { stepOfAction } from '../../shared/exchange/actions';
import { describeAction } from '../../shared/exchange/describe';
import { type ExchangeState, malgruppeSchema } from '../../shared/exchange/model';
import { ourParty, partySchema } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import type { Settings } from '../../shared/settings';
import { applyReceived, type factOfCrossing } from '../../shared/sync/apply';
import { arrivalFindings, profileChanges } from '../../shared/sync/arrival-checks';
import { type SignedUpdate, senderOfUpdate, recipientOfUpdate, type Update, type UpdateChange } from '../../shared/sync/update';
import { actorOf, incomingKandidat, indexOf } from '../handlers/exchange-state';
import { actionContext } from '../handlers/exchanges';
import type { HandlerContext } from '../handlers/types';
import type { EventInput } from '../repositories/exchange-repository';
import { importPublicKey } from './encryption-key';
import { updateHash, verifyUpdate } from './signed-update';

export interface UpdatePlan {
  preview: ImportPreview;
  /** Writes the plan: every change with its history event, conflicts and the update's record, in one transaction. */
  apply(acceptFindings: boolean): ImportResult;
}

/** Enough of an unverified update to know whose key must have signed it. */
const claimedSchema = z.object({ oldDistrict: z.string(), newDistrict: z.string(), from: partySchema });

function senderKey(ctx: HandlerContext, settings: Settings, envelope: SignedUpdate) {
  const claimed = claimedSchema.safeParse(envelope.update);
  if (!claimed.success) throw new AppError('DOKUMENT_UGYLDIG');
  const sender = senderOfUpdate(claimed.data as Pick<Update, 'from' | 'oldDistrict' | 'newDistrict'>);
  if (recipientOfUpdate(claimed.data as Pick<Update, 'from' | 'oldDistrict' | 'newDistrict'>) !== settings.district) throw new AppError('DOKUMENT_FEIL_MOTTAKER');
  const pinned = ctx.sync.partnerKey(sender);
  if (!pinned) {
    throw new AppError(
      'PARTNER_IKKE_PARET',
      SYNC_MESSAGES.ikkeParetImport(districtLabel(sender)),
    );
  }
  return importPublicKey(pinned.signingKey, 'ed25519');
}

function districtLabel(id: string): string {
  try {
    return SYNC_MESSAGES.bydel(districtName(id as Update['oldDistrict']));
  } catch {
    return SYNC_MESSAGES.ukjentBydel;
  }
}

const trainingClaimSchema = z.object({ ovingsmodus: z.literal(true).optional() });

function refuseTrainingMismatch(ctx: HandlerContext, fictional: boolean): void {
  if (fictional && !ctx.mode.training) throw new AppError('DOKUMENT_OVINGSMODUS');
  if (!fictional && ctx.mode.training) {
    throw new AppError(
      'DOKUMENT_OVINGSMODUS',
      SYNC_MESSAGES.ekteIOvingsmodus,
    );
  }
}

/** The exchange an update belongs to, or the one its first update from the old district creates. */
function targetOf(ctx: HandlerContext, settings: Settings, u: Update): { id: number | null; state: ExchangeState } {
  const id = ctx.exchanges.idByReference(u.reference);
  if (id !== null) {
    const s = ctx.exchanges.get(id)!.state;
    if (s.oldDistrict !== u.oldDistrict || s.newDistrict !== u.newDistrict || ourParty(s) === u.from) throw new AppError('DOKUMENT_UKJENT_BYTTE');
    return { id, state: s };
  }
  if (u.from !== 'gammel') throw new AppError('DOKUMENT_UKJENT_BYTTE');
  // The exchange is created by the old district's first update; a later one cannot come first.
  if (u.seq !== 1) checkOrder(ctx, null, u);
  if (!ctx.pairs.isActive(settings.district, u.oldDistrict)) {
    throw new AppError(
      'IKKE_AKTIVT_PAR',
      SYNC_MESSAGES.ikkeAktivtPar(districtName(u.oldDistrict)),
    );
  }
  const malgruppe = z.array(malgruppeSchema).min(1).safeParse(u.shared.malgruppe);
  if (!malgruppe.success) throw new AppError('DOKUMENT_UGYLDIG');
  return {
    id: null,
    state: { reference: u.reference, direction: 'innkommende', oldDistrict: u.oldDistrict, newDistrict: u.newDistrict, kandidat: incomingKandidat(malgruppe.data) },
  };
}

/** The partner's updates arrive one by one, each after the one before it, once. */
function checkOrder(ctx: HandlerContext, exchangeId: number | null, u: Update): void {
  const last = exchangeId === null ? null : ctx.sync.last(exchangeId, 'inn');
  const expected = (last?.seq ?? 0) + 1;
  const from = districtLabel(senderOfUpdate(u));
  if (u.seq < expected) {
    const earlier = ctx.sync.get(exchangeId!, 'inn', u.seq);
    if (earlier?.hash === updateHash(u)) throw new AppError('OPPDATERING_FINNES', SYNC_MESSAGES.alleredeImportert(u.seq, from));
    throw new AppError('OPPDATERING_ELDRE', SYNC_MESSAGES.eldre(u.seq, from, last!.seq));
  }
  if (u.seq > expected) {
    throw new AppError('OPPDATERING_MANGLER', SYNC_MESSAGES.mangler(expected, from, u.seq));
  }
  if (u.prevHash !== (last?.hash ?? null)) throw new AppError('OPPDATERING_BRUTT_KJEDE');
}

function sectionsOf(state: ExchangeState, u: Update): ImportPreview['sections'] {
  const sections: ImportPreview['sections'] = [];
  for (const c of u.changes) {
    const a = c.action;
    if (a.type === 'brukerprofil.delt') sections.push(...profileContent(state, a.profil, u.sender, a.dato).sections);
    else if (a.type === 'svar.registrer') sections.push({ heading: ANSWER_TEXT.navn, rows: svarRows(a.svar) });
    else if (a.type === 'tildeling.bolig') sections.push({ heading: RECEIVED_CHANGE_MESSAGES.boligOgDelegering, rows: boligRows(a.bolig) });
  }
  return sections;
}

interface Step {
  state: ExchangeState;
  event: EventInput;
}

export function planUpdate(ctx: HandlerContext, settings: Settings, envelope: SignedUpdate): UpdatePlan {
  // Training mode keeps its own partner keys, so a real document there is refused for what it is
  // before any key is looked up; a refusal may rest on what the unverified update claims.
  refuseTrainingMismatch(ctx, trainingClaimSchema.safeParse(envelope.update).data?.ovingsmodus === true);
  const key = senderKey(ctx, settings, envelope);
  const u = verifyUpdate(envelope, () => key);
  const target = targetOf(ctx, settings, u);
  checkOrder(ctx, target.id, u);

  const now = ctx.now();
  const at = now.toISOString();
  const from = districtLabel(senderOfUpdate(u));
  const received = { party: u.from, dato: osloToday(now), oppdatering: u.seq, avsender: u.sender };
  const steps: Step[] = [];
  const conflicts: { change: UpdateChange; fact: ReturnType<typeof factOfCrossing>; reason: string }[] = [];
  const profile = u.changes.find((c) => c.action.type === 'brukerprofil.delt')?.action;
  const changedProfile = profile?.type === 'brukerprofil.delt' ? profileChanges(target.state, profile) : [];
  let state = target.state;
  for (const change of u.changes) {
    // The reducer's date checks run as of the day the sender made the change.
    const result = applyReceived(state, change.action, received, actionContext(settings, new Date(change.at)));
    if (!result.applied) {
      conflicts.push({ change, fact: result.fact, reason: result.reason });
      continue;
    }
    state = result.state;
    const a = change.action;
    const what =
      a.type === 'brukerprofil.delt'
        ? SYNC_MESSAGES.profilMottatt(from, formatDate(a.dato))
        : describeAction(a, state);
    steps.push({
      state,
      event: {
        at,
        actor: change.actor,
        action: a.type === 'brukerprofil.delt' ? 'brukerprofil.sendt' : a.type,
        step: a.type === 'brukerprofil.delt' ? 'brukerprofil' : stepOfAction(a),
        summary: SYNC_MESSAGES.mottattHendelse(what, change.actor, u.seq),
      },
    });
  }
  const findings = arrivalFindings(u.changes);
  const creates = target.id === null;
  const preview: ImportPreview = {
    reference: u.reference,
    oldDistrict: u.oldDistrict,
    newDistrict: u.newDistrict,
    sender: u.sender,
    seq: u.seq,
    outcome: creates ? 'opprettes' : 'oppdateres',
    exchangeId: target.id,
    message: creates
      ? SYNC_MESSAGES.opprettes(districtName(u.oldDistrict), u.seq)
      : SYNC_MESSAGES.registreres(u.seq, from, u.reference),
    sections: sectionsOf(state, u),
    changes: steps.map((s) => s.event.summary),
    conflicts: conflicts.map((c) => c.reason),
    findings,
    profileChanges: changedProfile,
  };

  return {
    preview,
    apply(acceptFindings) {
      if (findings.length > 0 && !acceptFindings) throw new AppError('OPPDATERING_HAR_FUNN');
      const exchangeId = ctx.db.transaction(() => {
        const id =
          target.id ??
          ctx.exchanges.create(target.state, indexOf(target.state, at, settings), {
            at,
            actor: actorOf(settings),
            action: 'opprettet',
            step: 'kandidat',
            summary: SYNC_MESSAGES.opprettet(u.seq, from),
          });
        for (const st of steps) ctx.exchanges.update(id, st.state, indexOf(st.state, at, settings), st.event);
        for (const c of conflicts) ctx.sync.addConflict(id, { fact: c.fact, change: c.change, reason: c.reason, updateSeq: u.seq, receivedAt: at });
        ctx.sync.record({
          exchangeId: id,
          direction: 'inn',
          seq: u.seq,
          hash: updateHash(u),
          sharedHash: u.sharedHash,
          shared: u.shared,
          ack: u.ack,
          at,
          signed: null,
          sender: `${u.sender.coordinatorName}, ${from}`,
        });
        ctx.audit.log({ action: 'oppdatering.mottatt', exchangeId: id, detail: `nr.${u.seq}`, at });
        return id;
      })();
      const conflictNote = conflicts.length > 0 ? SYNC_MESSAGES.ikkeTattInn(conflicts.length) : '';
      return {
        exchangeId,
        reference: u.reference,
        outcome: creates ? 'opprettet' : 'oppdatert',
        message: SYNC_MESSAGES.importert(u.seq, from, u.reference) + conflictNote,
      };
    },
  };
}
