import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  RemoveMembershipDocument,
  ResendInvitationDocument,
  SendPasswordResetDocument,
  UsersDocument,
  type Role,
  type UsersQuery,
} from '../../gql/graphql';
import type { ApiError } from '../../shared/api/errors';
import { useGraphMutation } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';

type User = UsersQuery['users'][number];

/** What an administrator does to one person's account: invitation or reset link, deactivate or reactivate. */
export function UserActions({ user }: { user: User }) {
  const { t } = useLang();
  const opts = { invalidates: [UsersDocument] };
  const resend = useGraphMutation(ResendInvitationDocument, opts);
  const reset = useGraphMutation(SendPasswordResetDocument, opts);
  const deactivate = useGraphMutation(DeactivateUserDocument, opts);
  const reactivate = useGraphMutation(ReactivateUserDocument, opts);
  const all = [resend, reset, deactivate, reactivate];
  const busy = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? undefined;
  const name = user.displayName;
  const success = resend.isSuccess
    ? t('invitationResent', { name })
    : reset.isSuccess
      ? t('passwordResetSent', { name })
      : deactivate.isSuccess
        ? t('userDeactivated', { name })
        : reactivate.isSuccess
          ? t('userReactivated', { name })
          : undefined;
  const run = (m: (typeof all)[number]) => {
    for (const other of all) other.reset();
    m.mutate({ userId: user.id });
  };

  return (
    <div className="row-actions stacked">
      {user.active && user.invitationPending && (
        <button type="button" className="secondary" disabled={busy} onClick={() => run(resend)} data-testid={`resend-${user.username}`}>
          {t('resendInvitation')}
        </button>
      )}
      {user.active && !user.invitationPending && user.email && (
        <button type="button" className="secondary" disabled={busy} onClick={() => run(reset)} data-testid={`send-reset-${user.username}`}>
          {t('sendPasswordReset')}
        </button>
      )}
      {user.active ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => run(deactivate)} data-testid={`deactivate-${user.username}`}>
          {t('deactivateUser')}
        </button>
      ) : (
        <button type="button" className="secondary" disabled={busy} onClick={() => run(reactivate)} data-testid={`reactivate-${user.username}`}>
          {t('reactivateUser')}
        </button>
      )}
      <FormOutcome problemTestId="user-action-problem" error={error as ApiError | undefined} success={success} successTestId="user-action-done" />
    </div>
  );
}

/** One membership of a person, with the button that takes it away (never the last one). */
export function MembershipLine({ user, role, orgUnit }: { user: User; role: Role; orgUnit: { id: string; name: string } | null }) {
  const { t } = useLang();
  const remove = useGraphMutation(RemoveMembershipDocument, { invalidates: [UsersDocument] });
  return (
    <div data-testid="user-membership">
      <strong>{t(`role_${role}`)}</strong> — {orgUnit?.name ?? t('notAvailable')}
      {orgUnit && user.memberships.length > 1 && (
        <>
          {' '}
          <button
            type="button"
            className="link"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ input: { userId: user.id, role, orgUnitId: orgUnit.id } })}
            aria-label={`${t('removeMembership')}: ${t(`role_${role}`)} — ${orgUnit.name}`}
            data-testid="remove-membership"
          >
            {t('removeMembership')}
          </button>
        </>
      )}
      {remove.error && <FormOutcome problemTestId="membership-problem" error={remove.error} />}
    </div>
  );
}
