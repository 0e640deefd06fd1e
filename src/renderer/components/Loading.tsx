import { PktLoader } from '@oslokommune/punkt-react';
import { t } from '../i18n/nb';

/**
 * "Laster …" while a screen or its data is on its way. Punkt's spinner is an unlabelled SVG,
 * so it is hidden from assistive technology and the words are announced instead.
 */
export function Loading() {
  return (
    <div role="status" className="bo-loading">
      <div aria-hidden="true">
        <PktLoader />
      </div>
      <p>{t.common.laster}</p>
    </div>
  );
}
