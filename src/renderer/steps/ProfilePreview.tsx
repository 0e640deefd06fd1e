import type { ExchangeDetail } from '../../shared/contract';
import { profileContent } from '../../shared/documents/profile-content';
import type { BrukerprofilUtkast } from '../../shared/exchange/model';
import { osloToday } from '../../shared/exchange/primitives';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';

/** Exactly what the receiving district will see: the same content the PDF is made from. */
export function ProfilePreview({ detail, profil }: { detail: ExchangeDetail; profil: BrukerprofilUtkast }) {
  const { settings } = useSettings();
  // An imported profile names the old district's coordinator; our own names us.
  const sender = detail.state.brukerprofil?.avsender ?? settings;
  const c = profileContent(detail.state, profil, sender, detail.state.brukerprofil?.sendtDato ?? osloToday());
  return (
    <section className="bo-preview" aria-label={t.steps.brukerprofil.forhandsvisning} data-testid="forhandsvisning">
      <h3>{c.title}</h3>
      <dl className="bo-dl">
        {c.meta.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="bo-notice">{c.notice}</p>
      {c.sections.map((s) => (
        <div key={s.heading}>
          <h4>{s.heading}</h4>
          <dl className="bo-dl">
            {s.rows.map(([k, v], i) => (
              <div key={`${k}-${i}`} style={{ display: 'contents' }}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
