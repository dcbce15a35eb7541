import { useMemo, useState } from 'react';
import {
  DECREE_71_TEMPLATE,
  legacyDraftToReport,
  nextPeriodText,
  periodText,
  templateSections,
  type DocumentFormat,
  type LegacyReportDraft,
} from '@qcdc/reports/domain';
import { ImportLegacyReportDocument, ReportDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { READABLE, useLegacyText } from './legacy-texts';
import type { ReportingPeriod } from '../../shared/periods/period';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import type { LegacyRead } from './legacy-upload';

interface Props {
  read: LegacyRead;
  unit: { id: string; name: string };
  period: ReportingPeriod;
  onImported: () => void;
}

/**
 * Step 2: what was read, in big tables for the person to check against the paper (each figure with the
 * sentence it came from), the text of each section to correct, the header's part the text does not give,
 * then "Xác nhận nhập": the unit's draft for the period.
 */
export function LegacyReview({ read, unit, period, onImported }: Props) {
  const { t } = useLang();
  const lt = useLegacyText();
  const { draft, warnings } = read;
  const sections = useMemo(() => templateSections(DECREE_71_TEMPLATE), []);
  const [prose, setProse] = useState<Record<string, string>>(() => legacyDraftToReport(draft, null).prose);
  const [format, setFormat] = useState<DocumentFormat>('PARTY');
  const [issuer, setIssuer] = useState(unit.name.toUpperCase());
  const [place, setPlace] = useState('');
  const [issuedOn, setIssuedOn] = useState(period.dueOn);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useGraphMutation(ImportLegacyReportDocument, { invalidates: [ReportDocument], onSuccess: onImported });

  const title = (text: string) => text.replace('{period}', periodText(period)).replace('{nextPeriod}', nextPeriodText(period));
  const confirm = () => {
    if (!place.trim() || !issuer.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) return setProblem(lt('legacyHeaderMissing'));
    setProblem(null);
    const base = { format, issuerParent: null, issuer: issuer.trim(), place: place.trim(), issuedOn };
    const report = legacyDraftToReport(draft, base);
    save.mutate({ input: { unitId: unit.id, periodId: period.id, prose, header: report.header, imported: report.imported } });
  };

  return (
    <>
      <section className="card" data-testid="legacy-review">
        <h2>{lt('legacyStep2')}</h2>
        <p className="hint">{lt('legacyReviewHint', { title: draft.title || '—', year: draft.year ?? '—' })}</p>
        {warnings.length > 0 ? (
          <div className="message warning" role="status" data-testid="legacy-warnings">
            <strong>{lt('legacyWarningsTitle', { n: warnings.length })}</strong>
            <ul>
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="message success" role="status" data-testid="legacy-no-warnings">
            {lt('legacyNoWarnings')}
          </div>
        )}
        <Figures draft={draft} />
      </section>

      <section className="card" data-testid="legacy-sections">
        <h2>{lt('legacySectionsTitle')}</h2>
        <p className="hint">{lt('legacySectionsHint')}</p>
        {sections.map((s) => (
          <label key={s.key} className="field" style={{ marginLeft: `${s.key.split('.').length - 1}em` }}>
            <strong>
              {s.number}/- {title(s.title)}
            </strong>
            <textarea
              style={READABLE}
              rows={Math.min(12, Math.max(2, Math.ceil((prose[s.key] ?? '').length / 90)))}
              value={prose[s.key] ?? ''}
              onChange={(e) => setProse({ ...prose, [s.key]: e.target.value })}
              data-testid={`legacy-prose-${s.key}`}
            />
          </label>
        ))}
      </section>

      <section className="card" data-testid="legacy-header">
        <h2>{lt('legacyHeaderTitle')}</h2>
        <p className="hint">{lt('legacyHeaderHint')}</p>
        <div className="form-grid">
          <label className="field">
            {lt('legacyFormat')}
            <select value={format} onChange={(e) => setFormat(e.target.value as DocumentFormat)} data-testid="legacy-format">
              <option value="PARTY">{lt('legacyFormat_PARTY')}</option>
              <option value="STATE">{lt('legacyFormat_STATE')}</option>
            </select>
          </label>
          <label className="field">
            {lt('legacyIssuer')}
            <input value={issuer} onChange={(e) => setIssuer(e.target.value)} data-testid="legacy-issuer" />
          </label>
          <label className="field">
            {lt('legacyPlace')}
            <input value={place} onChange={(e) => setPlace(e.target.value)} placeholder={lt('legacyPlaceHint')} data-testid="legacy-place" />
          </label>
          <label className="field">
            {lt('legacyIssuedOn')}
            <input type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} data-testid="legacy-issued-on" />
          </label>
        </div>
        <TableBox label={lt('legacyHeaderTitle')}>
          <table className="table">
            <tbody>
              <tr>
                <th scope="row">{lt('legacySubject')}</th>
                <td className="long-text">{draft.title || '—'}</td>
              </tr>
              <tr>
                <th scope="row">{lt('legacyRecipients')}</th>
                <td className="long-text">{draft.recipients.length ? draft.recipients.join('; ') : lt('legacyNotRead')}</td>
              </tr>
              <tr>
                <th scope="row">{lt('legacySigner')}</th>
                <td className="long-text" data-testid="legacy-signer">
                  {draft.signer ? [draft.signer.mode, draft.signer.body, draft.signer.title, draft.signer.name].filter(Boolean).join(' · ') : lt('legacyNotRead')}
                </td>
              </tr>
            </tbody>
          </table>
        </TableBox>
      </section>

      <section className="card">
        <p className="hint">{lt('legacyConfirmHint', { due: formatDate(period.dueOn) })}</p>
        <FormOutcome problem={problem} problemTestId="legacy-problem" error={save.error ?? undefined} onRetry={save.retry} />
        <div className="actions">
          <SubmitButton busy={save.isPending} label={lt('legacyConfirm')} busyLabel={t('saving')} testId="legacy-confirm" onClick={confirm} />
        </div>
      </section>
    </>
  );
}

/** The figures read, each with where it came from. */
function Figures({ draft }: { draft: LegacyReportDraft }) {
  const lt = useLegacyText();
  const none = <p className="hint">{lt('legacyNoneRead')}</p>;
  return (
    <>
      <h3>{lt('legacyProfileTitle')}</h3>
      <TableBox label={lt('legacyProfileTitle')}>
        <table className="table" data-testid="legacy-profile">
          <tbody>
            {(['staff', 'partyMembers', 'unionMembers'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{lt(`legacyProfile_${k}`)}</th>
                <td className="num">{draft.profile[k]?.value ?? lt('legacyNotRead')}</td>
                <td className="long-text hint">{draft.profile[k]?.source.sentence}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{lt('legacySelfScore')}</th>
              <td className="num" data-testid="legacy-self-score">
                {draft.selfScore?.value ?? lt('legacyNotRead')}
              </td>
              <td className="long-text hint">{draft.selfScore?.source.sentence}</td>
            </tr>
          </tbody>
        </table>
      </TableBox>

      <h3>{lt('legacyMeetingsTitle')}</h3>
      {draft.meetings.length === 0 ? (
        none
      ) : (
        <TableBox label={lt('legacyMeetingsTitle')}>
          <table className="table" data-testid="legacy-meetings">
            <thead>
              <tr>
                <th>{lt('legacyColSection')}</th>
                <th>{lt('legacyColSessions')}</th>
                <th>{lt('legacyColAttendance')}</th>
                <th>{lt('legacyColUnit')}</th>
                <th>{lt('legacyColSource')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.meetings.map((m, i) => (
                <tr key={i}>
                  <td className="nowrap">{m.source.section}</td>
                  <td className="num">{m.sessions ?? '—'}</td>
                  <td className="num nowrap">
                    {m.attended}/{m.eligible}
                  </td>
                  <td>{m.unit ?? '—'}</td>
                  <td className="long-text">{m.source.sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}

      <h3>{lt('legacyPersonnelTitle')}</h3>
      {draft.personnel.length === 0 ? (
        none
      ) : (
        <TableBox label={lt('legacyPersonnelTitle')}>
          <table className="table" data-testid="legacy-personnel">
            <thead>
              <tr>
                <th>{lt('legacyColDecision')}</th>
                <th>{lt('legacyColPeople')}</th>
                <th>{lt('legacyColSource')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.personnel.map((p, i) => (
                <tr key={i}>
                  <td>{lt(`legacyAction_${p.action}`)}</td>
                  <td className="num">{p.count}</td>
                  <td className="long-text">{p.source.sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}

      <h3>{lt('legacyBoardsTitle')}</h3>
      {draft.boards.length === 0 ? (
        none
      ) : (
        <TableBox label={lt('legacyBoardsTitle')}>
          <table className="table" data-testid="legacy-boards">
            <tbody>
              {draft.boards.map((b, i) => (
                <tr key={i}>
                  <td>{b.board}</td>
                  <td className="nowrap">
                    {b.termFrom}–{b.termTo}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}

      <h3>{lt('legacyDocumentsTitle')}</h3>
      {draft.documents.length === 0 ? (
        none
      ) : (
        <TableBox label={lt('legacyDocumentsTitle')}>
          <table className="table" data-testid="legacy-documents">
            <tbody>
              {draft.documents.map((d, i) => (
                <tr key={i}>
                  <td>
                    {d.kind} {d.number}
                  </td>
                  <td className="nowrap">{d.date ? formatDate(d.date) : '—'}</td>
                  <td className="long-text">{d.subject ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </>
  );
}
