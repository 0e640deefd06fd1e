import { bydelName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
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
    subtitle: `Sammen om bolig · til vurdering hos ${bydelName(state.newDistrict)}`,
    from: state.oldDistrict,
    meta: content.meta,
    notice: content.notice,
    name: 'Brukerprofil',
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
    blocks: section.rows.length > 0 ? [factsBlock(section.rows)] : [{ kind: 'paragraph', text: 'Ikke oppgitt.' }],
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
  const sender = stored.avsender ?? { coordinatorName: 'Koordinator i gammel bydel', coordinatorContact: 'ikke oppgitt' };
  const content = profileContent(state, stored.profil, sender, stored.sendtDato);
  const received = formatDate(state.mottatt?.brukerprofil?.dato ?? stored.sendtDato);
  const from = bydelName(state.oldDistrict);
  return documentModel(src, {
    title: content.title,
    subtitle: `Mottatt fra ${from} ${received} · utskrift for ${bydelName(state.newDistrict)}`,
    from: state.newDistrict,
    meta: [...content.meta, ['Mottatt', received]],
    notice: content.notice,
    name: 'Brukerprofil (mottatt)',
    sections: [
      ...profileSections(content),
      {
        heading: 'Om dokumentet',
        keepWithPrevious: true,
        blocks: [
          {
            kind: 'paragraph',
            text:
              `Utskrift av brukerprofilen ${from} sendte ${formatDate(stored.sendtDato)}, mottatt ${received}, slik den er lagret i Bytteordning ` +
              `${formatDate(osloToday(src.now))}. Dokumentet er for bruk i ${bydelName(state.newDistrict)}: det har ikke vedlegg og kan ikke importeres.`,
          },
        ],
      },
    ],
  });
}
