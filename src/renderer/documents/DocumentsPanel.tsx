import { PktAlert } from '@oslokommune/punkt-react';
import { Link } from 'react-router-dom';
import type { ExchangeDetail } from '../../shared/contract';
import type { DocumentRecord } from '../../shared/contract-documents';
import { districtName } from '../../shared/districts';
import { CROSSING_KINDS, type DocumentKind, documentAvailability, madeHere } from '../../shared/documents/catalog';
import { partnerDistrict } from '../../shared/exchange/workflow';
import { formatInstant } from '../../shared/i18n/format';
import { DOCUMENT_KIND_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
import { type Column, DataTable } from '../components/DataTable';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import { DownloadButton } from './DownloadButton';
import './documents.css';

const GROUPS: { heading: (partner: string) => string; kinds: readonly DocumentKind[] }[] = [
  { heading: t.documents.tilPartner, kinds: CROSSING_KINDS },
  { heading: () => t.documents.agendaer, kinds: ['agenda_avklaringsmote', 'agenda_overforingsmote'] },
  {
    heading: () => t.documents.kalender,
    kinds: ['kalender_avklaringsmote', 'kalender_mote_etter_ja', 'kalender_overforingsmote', 'kalender_visning'],
  },
  { heading: () => t.documents.utskrift, kinds: ['brukerprofil_mottatt'] },
];

const MADE_COLUMNS: Column<DocumentRecord>[] = [
  { header: t.documents.dokument, cell: (document) => DOCUMENT_KIND_LABELS[document.kind] },
  { header: t.documents.versjon, cell: (document) => document.version },
  { header: t.documents.lagetTid, className: 'bo-nowrap', cell: (document) => formatInstant(document.createdAt) },
  { header: t.documents.av, cell: (document) => document.createdBy },
  { header: t.documents.filnavn, cell: (document) => document.fileName },
];

/** Dokumenter: what can be made for this exchange now, one button each, and what has been made. */
export function DocumentsPanel({ detail }: { detail: ExchangeDetail }) {
  // A document that crosses carries every unsent change: the partner panel's count changes with it,
  // and an update sent from the panel is a document made.
  const sync = usePartnerSync();
  const made = useApi('documents.list', { id: detail.id }, `${detail.id}:${sync.lastSentSeq}`);
  const partner = districtName(partnerDistrict(detail.state));

  return (
    <>
      <p>{t.documents.ingress(partner)}</p>
      {GROUPS.map((group) => {
        const kinds = group.kinds.filter((k) => madeHere(detail.state, k));
        if (kinds.length === 0) return null;
        const heading = group.heading(partner);
        return (
          <section key={heading} aria-label={heading}>
            <h3>{heading}</h3>
            <ul className="bo-doclist">
              {kinds.map((kind) => {
                const can = documentAvailability(detail.state, kind);
                return (
                  <li key={kind} data-document={kind} data-available={can.available}>
                    <span className="bo-doclist__name">{DOCUMENT_KIND_LABELS[kind]}</span>
                    {can.available ? (
                      <DownloadButton
                        exchangeId={detail.id}
                        kind={kind}
                        onMade={() => {
                          made.reload();
                          sync.refresh();
                        }}
                      />
                    ) : (
                      <span className="bo-help">{can.reason}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}

      <h3>{t.documents.laget}</h3>
      {made.error && (
        <PktAlert skin="error" compact>
          {made.error}
        </PktAlert>
      )}
      {made.data && (
        <DataTable
          caption={t.documents.laget}
          columns={MADE_COLUMNS}
          rows={made.data}
          rowKey={(document) => document.id}
          rowData={(document) => ({ 'data-kind': document.kind })}
          empty={t.documents.ingenLaget}
          testId="dokumenter-laget"
        />
      )}
      <p className="bo-next">
        {t.documents.importHint(partner)} <Link to="/importer">{t.importer.tittel}</Link>
      </p>
    </>
  );
}
