import { useState } from 'react';
import { ACTIVITY_KINDS, ACTIVITY_KIND_REGISTRY, type ActivityKind } from '@qcdc/activities/domain';
import { ActivityLogDocument, EvidenceFilesDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { EvidenceLink } from '../activities/Evidence';
import { links, type EvidenceLinkDraft } from './sheet';

interface Props {
  unitId: string;
  period: ReportingPeriod;
  criterion: { code: string; title: string; activityKinds: readonly string[]; evidenceHint: string | null };
  links: readonly EvidenceLinkDraft[];
  readOnly: boolean;
  onChange: (links: EvidenceLinkDraft[]) => void;
  onClose: () => void;
}

const kindName = (code: string) => ((ACTIVITY_KINDS as readonly string[]).includes(code) ? ACTIVITY_KIND_REGISTRY[code as ActivityKind].name : null);

/**
 * The evidence of one criterion, beside the table: the unit's activities of the period (those of the kinds
 * the criterion names first; all of them on demand), each ticked to link it to the criterion, and its files,
 * each of which can be linked on its own (a scan of the minutes, a photo) and opened.
 */
export function EvidencePanel({ unitId, period, criterion, links: linked, readOnly, onChange, onClose }: Props) {
  const { t, say } = useLang();
  const [allKinds, setAllKinds] = useState(criterion.activityKinds.length === 0);
  const log = useGraphQuery(ActivityLogDocument, { unitId, periodId: period.id, kind: null, includeDeleted: false });
  const activities = (log.data?.activities ?? []).filter((a) => allKinds || criterion.activityKinds.includes(a.kind));
  const ids = (log.data?.activities ?? []).map((a) => a.id).slice(0, 200);
  const files = useGraphQuery(EvidenceFilesDocument, { activityIds: ids }, { enabled: ids.length > 0 });
  const toggle = (link: EvidenceLinkDraft, on: boolean) =>
    onChange(on ? [...linked, link] : linked.filter((e) => !links([e], link)));

  return (
    <aside className="evidence-panel" aria-label={t('evidencePanelTitle', { code: criterion.code })} data-testid="evidence-panel">
      <div className="panel-head">
        <h3>{t('evidencePanelTitle', { code: criterion.code })}</h3>
        <button type="button" className="secondary small" onClick={onClose} data-testid="close-evidence-panel">
          {t('close')}
        </button>
      </div>
      <p className="hint">{criterion.title}</p>
      {criterion.evidenceHint && <p className="hint">{t('evidence')}: {criterion.evidenceHint}</p>}
      {criterion.activityKinds.length > 0 && (
        <label className="choice">
          <input type="checkbox" checked={allKinds} onChange={(e) => setAllKinds(e.target.checked)} data-testid="panel-all-kinds" />
          <span>{t('showAllKinds')}</span>
        </label>
      )}
      {log.error && <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
      {log.isPending && <p className="hint">{t('loading')}</p>}
      {log.data && activities.length === 0 && <p className="hint">{t('panelNoActivities')}</p>}
      <ul className="panel-list">
        {activities.map((a) => {
          const name = kindName(a.kind);
          const activityLink = { activityId: a.id };
          const activityFiles = (files.data?.evidenceFiles ?? []).filter((f) => f.activityId === a.id);
          return (
            <li key={a.id} data-testid="panel-activity">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={links(linked, activityLink)}
                  disabled={readOnly}
                  onChange={(e) => toggle(activityLink, e.target.checked)}
                  data-testid={`link-activity-${a.id}`}
                />
                <span>
                  <strong>{formatDate(a.occurredOn)}</strong> {name ? say(name) : a.kind}: {a.summary}
                </span>
              </label>
              {activityFiles.length > 0 && (
                <ul className="panel-files">
                  {activityFiles.map((f) => {
                    const fileLink = { evidenceFileId: f.id };
                    return (
                      <li key={f.id}>
                        <label className="choice">
                          <input
                            type="checkbox"
                            checked={links(linked, fileLink)}
                            disabled={readOnly}
                            onChange={(e) => toggle(fileLink, e.target.checked)}
                            aria-label={t('linkEvidenceFile', { name: f.fileName })}
                            data-testid={`link-file-${f.id}`}
                          />
                        </label>
                        <EvidenceLink file={f} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
