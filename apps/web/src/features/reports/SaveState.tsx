import { isRetryable, type ApiError } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useReportLabels } from './labels';

/** Whether the edits are safe: on the server, on this device only, or being sent (the unit's report and the province's). */
export function SaveState(props: {
  unsaved: boolean;
  saving: boolean;
  stored: boolean;
  version: number;
  savedAt: string | null;
  error: ApiError | null;
  onRetry: () => void;
}) {
  const r = useReportLabels();
  const { unsaved, saving, stored, version, savedAt, error, onRetry } = props;
  let text: string;
  if (saving) text = r('draftSaving');
  else if (unsaved) text = stored ? r('draftKeptOnDevice') : r('draftUnsaved');
  else if (version === 0) text = r('draftNeverSaved');
  else text = savedAt ? r('draftSavedAt', { time: savedAt, version }) : r('draftSavedVersion', { version });
  return (
    <div className="save-state no-print">
      <p className={unsaved && !saving ? 'hint bad-soft' : 'hint'} aria-live="polite" data-testid="draft-state" data-unsaved={unsaved}>
        {text}
      </p>
      {error && <ErrorMessage error={error} onRetry={isRetryable(error) ? onRetry : undefined} />}
    </div>
  );
}

/** A save refused because the draft changed elsewhere (or froze): what happened, and, when offered, keep mine or take the newest. */
export function SaveConflict(props: { message: string; testId: string; onKeepMine?: () => void; onTakeNewest?: () => void }) {
  const r = useReportLabels();
  const { message, testId, onKeepMine, onTakeNewest } = props;
  return (
    <div className="message error" role="alert" data-testid={testId}>
      <div>
        <p>{message}</p>
        {onKeepMine && onTakeNewest && (
          <div className="actions">
            <button type="button" onClick={onKeepMine} data-testid="keep-my-edits">
              {r('draftKeepMine')}
            </button>
            <button type="button" className="secondary" onClick={onTakeNewest} data-testid="take-newest">
              {r('draftTakeNewest')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
