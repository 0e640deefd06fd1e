import { bydelName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
import { DOCUMENT_ABOUT_TEXT, PROFILE_PDF_TEXT, PROFILE_TEXT } from '../../shared/i18n/documents-text';
import { type ProfileContent, profileContent } from '../../shared/documents/profile-content';
import { osloToday } from '../../shared/exchange/primitives';
import { isProfileComplete } from '../../shared/exchange/workflow';
import { AppError } from '../../shared/errors';
import { type DocumentSource, documentModel, factsBlock, importSection, ourSender } from './common';
import type { DocumentModel, Section } from './engine';

/**
 * Brukerprofil (PDF): the anonymous profile for the new district. Its content comes from
 * profileContent, the very function the on-screen preview uses, so what the coordinator
 * checked is what is sent. Availability (complete, no open findings) is checked by the caller.
 */
export function profileDocument(src: DocumentSource): DocumentModel {
  const { state } = src.detail;
  const profil = state.brukerprofil?.profil;
  if (!isProfileComplete(profil)) throw new AppError('PROFIL_UFULLSTENDIG');
  const date = state.brukerprofil?.sendtDato ?? osloToday(src.now);
  const sender = ourSender(src.settings);
  const content = profileContent(state, profil, sender, date);

  const model = documentModel(src, {
    title: content.title,
    subtitle: PROFILE_PDF_TEXT.undertittel(bydelName(state.newDistrict)),
    from: state.oldDistrict,
    meta: content.meta,
    notice: content.notice,
    name: PROFILE_PDF_TEXT.navn,
    sections: [
      ...profileSections(content),
      importSection(state.newDistrict, osloToday(src.now)),
    ],
  });
  return model;
}

/** The profile's sections as document blocks. */
function profileSections(content: ProfileContent): Section[] {
  return content.sections.map((section) => ({
    heading: section.heading,
    blocks: section.rows.length > 0 ? [factsBlock(section.rows)] : [{ kind: 'paragraph', text: `${PROFILE_TEXT.ikkeOppgitt}.` }],
  }));
}

/**
 * Brukerprofil (mottatt): the profile the new district received, as stored, to print. Marked as
 * received from the old district on the day it arrived; it carries no update, so it cannot be
 * imported and never crosses.
 */
export function receivedProfileDocument(src: DocumentSource): DocumentModel {
  const { state } = src.detail;
  const stored = state.brukerprofil;
  if (!stored?.sendtDato || !isProfileComplete(stored.profil)) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  const sender = stored.avsender ?? { coordinatorName: PROFILE_PDF_TEXT.koordinator, coordinatorContact: PROFILE_PDF_TEXT.kontaktIkkeOppgitt };
  const content = profileContent(state, stored.profil, sender, stored.sendtDato);
  const received = formatDate(state.mottatt?.brukerprofil?.dato ?? stored.sendtDato);
  const from = bydelName(state.oldDistrict);
  return documentModel(src, {
    title: content.title,
    subtitle: PROFILE_PDF_TEXT.mottattUndertittel(from, received, bydelName(state.newDistrict)),
    from: state.newDistrict,
    meta: [...content.meta, [PROFILE_PDF_TEXT.mottatt, received]],
    notice: content.notice,
    name: PROFILE_PDF_TEXT.mottattNavn,
    sections: [
      ...profileSections(content),
      {
        heading: DOCUMENT_ABOUT_TEXT.omDokumentet,
        keepWithPrevious: true,
        blocks: [
          {
            kind: 'paragraph',
            text: PROFILE_PDF_TEXT.utskrift(from, formatDate(stored.sendtDato), received, formatDate(osloToday(src.now)), bydelName(state.newDistrict)),
          },
        ],
      },
    ],
  });
}
