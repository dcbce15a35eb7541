import { ErrorMessage } from './ErrorMessage';
import type { ApiError } from '../api/errors';

interface Props {
  /** Found before sending; the form was not sent. */
  problem?: string | null;
  problemTestId: string;
  /** The server's refusal. */
  error?: ApiError;
  success?: string;
  successTestId?: string;
}

/** Under a form, what came of sending it: why it was not sent, the server's refusal, or what was done. */
export function FormOutcome({ problem, problemTestId, error, success, successTestId }: Props) {
  return (
    <>
      {problem && (
        <div className="message error" role="alert" data-testid={problemTestId}>
          {problem}
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {success && (
        <div className="message success" role="status" data-testid={successTestId}>
          {success}
        </div>
      )}
    </>
  );
}
