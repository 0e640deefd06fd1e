import type { ExchangeDetail } from '../../shared/contract';
import { profileContent } from '../../shared/documents/profile-content';
import type { BrukerprofilUtkast } from '../../shared/exchange/model';
import { osloToday } from '../../shared/exchange/primitives';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { Facts, FactSections } from './common';

/** Exactly what the receiving district will see: the same content the PDF is made from. */
export function ProfilePreview({ detail, profil }: { detail: ExchangeDetail; profil: BrukerprofilUtkast }) {
  const { settings } = useSettings();
  // An imported profile names the old district's coordinator; our own names us.
  const sender = detail.state.brukerprofil?.avsender ?? settings;
  const content = profileContent(detail.state, profil, sender, detail.state.brukerprofil?.sendtDato ?? osloToday());
  return (
    <section className="bo-preview" aria-label={t.steps.brukerprofil.forhandsvisning} data-testid="forhandsvisning">
      <h3>{content.title}</h3>
      <Facts items={content.meta} />
      <p className="bo-notice">{content.notice}</p>
      <FactSections sections={content.sections} />
    </section>
  );
}
