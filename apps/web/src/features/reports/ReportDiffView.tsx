import { useState } from 'react';
import { ReportDiffDocument, type ReportDetailFieldsFragment, type ReportDiffQuery } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';

type Line = ReportDiffQuery['reportDiff']['lines'][number];

interface Props {
  reportId: string;
  snapshots: ReportDetailFieldsFragment['snapshots'];
}

/**
 * "So sánh các phiên bản": two submitted versions side by side (before | after), the changed lines marked.
 * Shown once a report has been submitted twice; by default the last two versions.
 */
export function ReportDiffView({ reportId, snapshots }: Props) {
  const { t } = useLang();
  const r = useReportLabels();
  const numbers = snapshots.map((s) => s.number).sort((a, b) => a - b);
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? 1);
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const [changedOnly, setChangedOnly] = useState(true);
  const diff = useGraphQuery(ReportDiffDocument, { reportId, from, to }, { enabled: from !== to, staleTime: Infinity });
  if (numbers.length < 2) return null;
  const lines = diff.data?.reportDiff.lines ?? [];
  const shown = changedOnly ? lines.filter((l) => l.change !== 'SAME') : lines;
  const choose = (label: string, value: number, set: (n: number) => void, testId: string) => (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {r('versionNumber', { number: n })}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card" data-testid="report-diff">
      <h2>{r('diffTitle')}</h2>
      <div className="toolbar">
        <div className="actions">
          {choose(r('diffFrom'), from, setFrom, 'diff-from')}
          {choose(r('diffTo'), to, setTo, 'diff-to')}
        </div>
        <label className="inline-field">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} data-testid="diff-changed-only" />
          {r('diffChangedOnly')}
        </label>
      </div>
      {from === to && <p className="message warning">{r('diffSameVersion')}</p>}
      {diff.error && <ErrorMessage error={diff.error} onRetry={() => void diff.refetch()} />}
      {diff.isFetching && <p>{t('loading')}</p>}
      {diff.data && from !== to && (
        <>
          <p className="hint" data-testid="diff-summary">
            {r('diffSummary', { changed: lines.filter((l) => l.change !== 'SAME').length, total: lines.length })}
          </p>
          {shown.length === 0 ? (
            <p className="message success" data-testid="diff-no-change">
              {r('diffNoChange')}
            </p>
          ) : (
            <TableBox label={r('diffTitle')}>
              <table className="table diff-table">
                <thead>
                  <tr>
                    <th>{r('diffColSection')}</th>
                    <th>{r('diffColBefore', { number: from })}</th>
                    <th>{r('diffColAfter', { number: to })}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((line, i) => (
                    <DiffRow key={i} line={line} />
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </>
      )}
    </section>
  );
}

/** How a line changed between the versions (anything else the server says reads as unchanged). */
const CHANGES = ['ADDED', 'REMOVED', 'CHANGED'] as const;

function DiffRow({ line }: { line: Line }) {
  const r = useReportLabels();
  const change = CHANGES.find((c) => c === line.change) ?? 'SAME';
  return (
    <tr className={`diff-${change}`} data-testid="diff-line" data-change={change}>
      <td className="nowrap" data-label={r('diffColSection')}>
        {line.section}
        {change !== 'SAME' && (
          <>
            <br />
            <span className="badge warn">{r(`diffChange_${change}`)}</span>
          </>
        )}
      </td>
      <td className="diff-before" data-label={r('diffFrom')} data-testid="diff-before">
        {line.before ?? ''}
      </td>
      <td className="diff-after" data-label={r('diffTo')} data-testid="diff-after">
        {line.after ?? ''}
      </td>
    </tr>
  );
}
