import { useState, type FormEvent } from 'react';
import { ActivityLogDocument, DeleteActivityDocument, EvidenceFilesDocument, type ActivityFieldsFragment } from '../../gql/graphql';
import { isRetryable } from '../../shared/api/errors';
import { useGraphMutation } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';

/** The longest reason a deletion takes (the server's limit for a one-line text). */
const REASON_MAX = 500;

/**
 * Deleting an activity: a soft delete, with the reason the log keeps ("ghi trùng", "nhầm đơn vị"). Asked for
 * in the row itself, with the activity named, so that nobody deletes the wrong line.
 */
export function DeleteActivity({ activity, onDone }: { activity: ActivityFieldsFragment; onDone: () => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useGraphMutation(DeleteActivityDocument, { invalidates: [ActivityLogDocument, EvidenceFilesDocument], onSuccess: onDone });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setProblem(t('errDeletionReason'));
    setProblem(null);
    remove.mutate({ input: { id: activity.id, expectedVersion: activity.version, reason: reason.trim() } });
  };

  return (
    <form className="confirm" role="alertdialog" aria-labelledby={`delete-${activity.id}`} onSubmit={submit} data-testid="delete-form" noValidate>
      <p id={`delete-${activity.id}`}>
        {t('deleteConfirm', { date: formatDate(activity.occurredOn), summary: activity.summary })}
      </p>
      <label className="field">
        {t('deletionReason')}
        <input
          value={reason}
          maxLength={REASON_MAX}
          placeholder={t('deletionReasonHint')}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problem ? true : undefined}
          data-testid="deletion-reason-input"
        />
      </label>
      <FormOutcome problem={problem} problemTestId="delete-problem" error={remove.error ?? undefined} onRetry={remove.error && isRetryable(remove.error) ? remove.retry : undefined} />
      <div className="actions">
        <SubmitButton busy={remove.isPending} label={t('confirmDelete')} busyLabel={t('deleting')} testId="confirm-delete" />
        <button type="button" className="secondary" onClick={onDone} disabled={remove.isPending}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
