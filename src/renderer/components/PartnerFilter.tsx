import { PktSelect } from '@oslokommune/punkt-react';
import { DISTRICTS, type DistrictId } from '../../shared/districts';
import { t } from '../i18n/nb';

/** A choice of one partner district, or all of them (the empty value), for a list or a report. */
export function PartnerFilter({ id, value, onChange }: { id: string; value: DistrictId | undefined; onChange: (partner: DistrictId | undefined) => void }) {
  return (
    <PktSelect id={id} label={t.common.partnerbydel} value={value ?? ''} onChange={(e) => onChange(DISTRICTS.find((d) => d.id === e.target.value)?.id)}>
      <option value="">{t.common.partnerAlle}</option>
      {DISTRICTS.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </PktSelect>
  );
}
