import { bydelName } from '../../shared/districts';
import { profileContent } from '../../shared/documents/profile-content';
import { osloToday } from '../../shared/exchange/primitives';
import { isProfileComplete } from '../../shared/exchange/workflow';
import { AppError } from '../../shared/errors';
import { type DocumentSource, documentModel, importSection, ourSender } from './common';
import type { DocumentModel } from './engine';

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
      ...content.sections.map((s) => ({
        heading: s.heading,
        blocks:
          s.rows.length > 0
            ? [{ kind: 'keyValue' as const, rows: s.rows.map(([label, value]) => ({ label, value })) }]
            : [{ kind: 'paragraph' as const, text: 'Ikke oppgitt.' }],
      })),
      importSection(state.newDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
