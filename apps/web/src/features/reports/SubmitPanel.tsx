import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { isLate } from '@qcdc/reports/domain';
import { paths } from '../../app/paths';
import {
  ReportDetailDocument,
  ReportDocument,
  ReportPreviewDocument,
  SubmitReportDraftDocument,
  type ReportAction,
  type ReportPreviewQuery,
} from '../../gql/graphql';
import { isRetryable, reasonOf } from '../../shared/api/errors';
import { useGraphMutation } from '../../shared/api/query';
import { now } from '../../shared/clock';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { useReportLabels } from './labels';
import type { ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';

type Problem = ReportPreviewQuery['reportPreview']['problems'][number];

interface Props {
  unitId: string;
  period: ReportingPeriod;
  /** What the signed-in official may do to the report now (SUBMIT or RESUBMIT for the unit's head). */
  actions: readonly ReportAction[];
  /** The checks of the document as it would compile now (the live preview's). */
  problems: readonly Problem[] | null;
  /** Edits not yet saved: the head submits what the server has, so they are saved first. */
  unsaved: boolean;
}

/** Where a problem is fixed: a section of this page, or a criterion on the scoring screen. */
function problemLink(problem: Problem, unitId: string, period: ReportingPeriod): { to: string; local: string | null } | null {
  if (problem.reason === 'SECTION_EMPTY') return { to: `#section-${problem.ref}`, local: `section-text-${problem.ref}` };
  if (problem.reason === 'HEADER_INCOMPLETE') return { to: '#report-header', local: 'header-signatureName' };
  if (problem.reason === 'CRITERION_BLANK') return { to: `${paths.unit(unitId, period, 'scoring')}#criterion-${problem.ref}`, local: null };
  return null;
}

/**
 * "Gửi báo cáo": the blocking problems (each with a link to where it is fixed) keep the button disabled; the
 * warnings must be acknowledged; then a last confirmation. Only the unit's head sees the button enabled (the
 * report's allowedActions say SUBMIT or RESUBMIT); a reporter sees who submits.
 */
export function SubmitPanel({ unitId, period, actions, problems, unsaved }: Props) {
  const { t, lang } = useLang();
  const r = useReportLabels();
  const [acknowledged, setAcknowledged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submit = useGraphMutation(SubmitReportDraftDocument, {
    invalidates: [ReportDetailDocument, ReportPreviewDocument, ReportDocument],
    onSuccess: () => setConfirming(false),
  });
  const action = actions.find((a) => a === 'SUBMIT' || a === 'RESUBMIT');
  const blocking = (problems ?? []).filter((p) => p.severity === 'BLOCKING');
  const warnings = (problems ?? []).filter((p) => p.severity === 'WARNING');
  const lateNow = isLate(now(), period.dueOn, period.graceDays);
  const ready = action && problems !== null && blocking.length === 0 && (warnings.length === 0 || acknowledged) && !unsaved;
  const message = (p: Problem) => (lang === 'vi' ? p.message : p.messageEn);

  return (
    <section className="card no-print" data-testid="submit-panel">
      <h2>{r('submitPanelTitle')}</h2>
      <p className="hint" data-testid="report-due">
        {t(period.graceDays ? 'dueOnWithGrace' : 'dueOn', { date: formatDate(period.dueOn), days: period.graceDays })}
      </p>
      {problems === null && <p>{r('submitChecking')}</p>}
      {blocking.length > 0 && (
        <div className="message error problems" role="status" data-testid="blocking-problems">
          <div>
            <strong>{r('blockingTitle', { count: blocking.length })}</strong>
            <ul>
              {blocking.map((p) => {
                const link = problemLink(p, unitId, period);
                return (
                  <li key={`${p.reason}.${p.ref}`} data-testid="blocking-problem" data-reason={p.reason} data-ref={p.ref}>
                    {message(p)}{' '}
                    {link &&
                      (link.local ? (
                        <a href={link.to} onClick={(e) => focusField(e, link.local ?? '')} data-testid={`problem-link-${p.ref}`}>
                          {r(p.reason === 'HEADER_INCOMPLETE' ? 'problemGoToHeader' : 'problemGoToSection')}
                        </a>
                      ) : (
                        <Link to={link.to} data-testid={`problem-link-${p.ref}`}>
                          {r('problemGoToCriterion')}
                        </Link>
                      ))}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
      {problems !== null && blocking.length === 0 && (
        <p className="message success" role="status" data-testid="no-blocking-problems">
          {r('noBlockingProblems')}
        </p>
      )}
      {warnings.length > 0 && (
        <div className="message warning" data-testid="warning-problems">
          <div>
            <strong>{r('warningsTitle', { count: warnings.length })}</strong>
            <ul>
              {warnings.map((p) => (
                <li key={`${p.reason}.${p.ref}`} data-testid="warning-problem">
                  {message(p)}
                </li>
              ))}
            </ul>
            {action && (
              <label className="inline-field">
                <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} data-testid="acknowledge-warnings" />
                {r('acknowledgeWarnings')}
              </label>
            )}
          </div>
        </div>
      )}
      {lateNow && action && (
        <div className="message warning" data-testid="report-would-be-late">
          {t('lateIfSubmittedNow')}
        </div>
      )}
      {!action && (
        <p className="hint" data-testid="submit-not-yours">
          {r('submitHeadOnly')}
        </p>
      )}
      {action && unsaved && <p className="hint">{r('submitWaitsForSave')}</p>}
      {submit.error && (
        <ErrorMessage
          error={submit.error}
          onRetry={isRetryable(submit.error) ? submit.retry : undefined}
        />
      )}
      {submit.error && reasonOf(submit.error) === 'SUBMISSION_INCOMPLETE' && <p className="hint">{r('submitIncompleteHint')}</p>}
      {!confirming && (
        <div className="actions">
          <button type="button" disabled={!ready} onClick={() => setConfirming(true)} data-testid="submit-report">
            {r(action === 'RESUBMIT' ? 'resubmitButton' : 'submitReportButton')}
          </button>
        </div>
      )}
      {action && confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="submit-confirm-text" data-testid="submit-confirm">
          <p id="submit-confirm-text">{t(`submitConfirm_${period.kind}`, { year: period.year })}</p>
          <div className="actions">
            <SubmitButton
              busy={submit.isPending}
              disabled={!ready}
              label={t('confirmSubmit')}
              busyLabel={t('submitting')}
              testId="confirm-submit"
              onClick={() => submit.mutate({ input: { unitId, periodId: period.id } })}
            />
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={submit.isPending}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** A link to a field on this page (a section's text, the signer's name): scrolls to it and puts the cursor in it. */
function focusField(e: MouseEvent, id: string) {
  const area = document.getElementById(id);
  if (!area) return;
  e.preventDefault();
  area.scrollIntoView({ block: 'center' });
  area.focus();
}
