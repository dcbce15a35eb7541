import { Fragment, useState } from 'react';
import { ACTIVITY_KINDS, ACTIVITY_KIND_REGISTRY, summaryOf, type ActivityKind } from '@qcdc/activities/domain';
import { ActivityLogDocument, EvidenceFilesDocument, type ActivityFieldsFragment } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useOutbox } from '../../shared/offline/outbox';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { ActivityForm } from './ActivityForm';
import { DeleteActivity } from './DeleteActivity';
import { EvidenceLink, EvidenceUpload } from './Evidence';
import { headlineOf } from './kind-fields';

interface Props {
  unitId: string;
  period: ReportingPeriod;
  /** The unit's report of the period is submitted: its activities stay as they are until it is returned. */
  frozen: boolean;
}

const isKind = (code: string): code is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(code);

/** A recorded activity's facts as the kind's summary line, or its kind's name when they no longer read. */
function summaryOfWaiting(kind: string, facts: unknown): string {
  if (!isKind(kind)) return kind;
  const parsed = ACTIVITY_KIND_REGISTRY[kind].facts.safeParse(facts);
  return parsed.success ? summaryOf(kind, parsed.data as never) : ACTIVITY_KIND_REGISTRY[kind].name.vi;
}

/**
 * "Ghi nhận hoạt động": the quick-entry form of the kind chosen, then the period's log: every activity of the
 * unit whose date falls in the period's window, each with its summary line, its evidence files (attach,
 * download), and a correction or a deletion (with its reason). Filters: one kind, and the deleted ones too.
 */
export function ActivityLog({ unitId, period, frozen }: Props) {
  const { t, say } = useLang();
  const [entryKind, setEntryKind] = useState<ActivityKind>('BRIEFING');
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const [open, setOpen] = useState<{ id: string; action: 'correct' | 'delete' } | null>(null);
  const log = useGraphQuery(ActivityLogDocument, { unitId, periodId: period.id, kind: kind || null, includeDeleted });
  const rows = log.data?.activities ?? [];
  const ids = rows.map((a) => a.id).slice(0, 200);
  const files = useGraphQuery(EvidenceFilesDocument, { activityIds: ids }, { enabled: ids.length > 0 });
  const filesOf = (a: ActivityFieldsFragment) => (files.data?.evidenceFiles ?? []).filter((f) => f.activityId === a.id);
  const waiting = useOutbox().flatMap((e) => {
    const input = e.operation === 'RecordActivity' && !e.refusal ? (e.variables['input'] as { unitId: string; kind: string; occurredOn: string; facts: unknown }) : null;
    const inWindow = input && input.occurredOn >= period.windowStart && input.occurredOn <= period.windowEnd;
    return input && inWindow && input.unitId === unitId && (!kind || input.kind === kind) ? [{ id: e.id, input }] : [];
  });
  const kindName = (code: string) => (isKind(code) ? say(ACTIVITY_KIND_REGISTRY[code].name) : code);
  const title = t('activityLogTitle', { start: formatDate(period.windowStart), end: formatDate(period.windowEnd) });

  return (
    <>
      {frozen ? (
        <div className="message warning" data-testid="activities-frozen">
          {t('activitiesFrozen')}
        </div>
      ) : (
        <div className="subsection" data-testid="quick-entry">
          <h3>{t('quickEntryTitle')}</h3>
          <label className="field kind-picker">
            {t('activityKind')}
            <select value={entryKind} onChange={(e) => setEntryKind(e.target.value as ActivityKind)} data-testid="activity-kind">
              {ACTIVITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </label>
          <ActivityForm key={`${unitId}.${entryKind}`} unitId={unitId} period={period} kind={entryKind} />
        </div>
      )}

      <div className="subsection" data-testid="activity-log">
        <h3>{title}</h3>
        <div className="toolbar no-print">
          <label className="inline-field">
            {t('filterKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as ActivityKind | '')} data-testid="filter-kind">
              <option value="">{t('allKinds')}</option>
              {ACTIVITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </label>
          <label className="choice">
            <input type="checkbox" checked={includeDeleted} onChange={(e) => setIncludeDeleted(e.target.checked)} data-testid="filter-deleted" />
            <span>{t('includeDeleted')}</span>
          </label>
        </div>
        {log.error && <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
        {files.error && <ErrorMessage error={files.error} onRetry={() => void files.refetch()} />}
        {log.isPending && <p className="hint">{t('loading')}</p>}
        {log.data && rows.length === 0 && waiting.length === 0 && (
          <p className="hint" data-testid="activities-empty">
            {t('activityLogEmpty')}
          </p>
        )}
        {rows.length + waiting.length > 0 && (
          <TableBox label={title}>
            <table className="table activity-table" data-testid="activity-list">
              <thead>
                <tr>
                  <th>{t('colDate')}</th>
                  <th>{t('colKind')}</th>
                  <th>{t('colSummary')}</th>
                  <th>{t('evidence')}</th>
                  <th className="no-print">{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => {
                  const deleted = !!a.deletedAt;
                  const opened = open?.id === a.id ? open.action : null;
                  return (
                    <Fragment key={a.id}>
                      <tr className={deleted ? 'deleted' : undefined} data-testid="activity-row" data-kind={a.kind} data-deleted={deleted || undefined}>
                        <td className="nowrap" data-label={t('colDate')}>
                          {formatDate(a.occurredOn)}
                        </td>
                        <td data-label={t('colKind')}>{kindName(a.kind)}</td>
                        <td className="card-title" data-testid="activity-summary">
                          {headlineOf(a.facts) && <div>{headlineOf(a.facts)}</div>}
                          {deleted ? <s>{a.summary}</s> : a.summary}
                          {deleted && (
                            <div className="hint" data-testid="deletion-reason">
                              {t('deletedBecause', { reason: a.deletionReason ?? '' })}
                            </div>
                          )}
                          {a.version > 1 && !deleted && <div className="hint">{t('correctedTimes', { count: a.version - 1 })}</div>}
                        </td>
                        <td data-label={t('evidence')} data-testid="activity-evidence">
                          {filesOf(a).map((f) => (
                            <div key={f.id}>
                              <EvidenceLink file={f} removable={!deleted && !frozen} />
                            </div>
                          ))}
                          {!deleted && !frozen && <EvidenceUpload activityId={a.id} />}
                        </td>
                        <td className="no-print" data-label={t('colActions')}>
                          {!deleted && !frozen && (
                            <div className="row-actions stacked">
                              <button type="button" className="link" onClick={() => setOpen(opened === 'correct' ? null : { id: a.id, action: 'correct' })} aria-expanded={opened === 'correct'} data-testid="correct-activity">
                                {t('correct')}
                              </button>
                              <button type="button" className="link danger" onClick={() => setOpen(opened === 'delete' ? null : { id: a.id, action: 'delete' })} aria-expanded={opened === 'delete'} data-testid="delete-activity">
                                {t('delete')}
                              </button>
                            </div>
                          )}
                        </td>
                      </tr>
                      {opened && isKind(a.kind) && (
                        <tr className="row-form">
                          <td colSpan={5}>
                            {opened === 'correct' ? (
                              <ActivityForm unitId={unitId} period={period} kind={a.kind} activity={a} onDone={() => setOpen(null)} />
                            ) : (
                              <DeleteActivity activity={a} onDone={() => setOpen(null)} />
                            )}
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
                {waiting.map(({ id, input }) => (
                  <tr key={`waiting-${id}`} className="activity-waiting" data-testid="activity-waiting">
                    <td className="nowrap" data-label={t('colDate')}>
                      {formatDate(input.occurredOn)}
                    </td>
                    <td data-label={t('colKind')}>
                      {kindName(input.kind)} ({t('outboxStateWaiting')})
                    </td>
                    <td className="card-title">
                      {headlineOf(input.facts) && <div>{headlineOf(input.facts)}</div>}
                      {summaryOfWaiting(input.kind, input.facts)}
                    </td>
                    <td />
                    <td className="no-print" />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </div>
    </>
  );
}
