import { useState } from 'react';
import { UsersDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import type { OrgUnit } from './org-tree';
import { InviteForm } from './InviteForm';
import { MembershipForm } from './MembershipForm';
import { UserForm } from './UserForm';
import { UserTable } from './UserTable';

/**
 * "Người dùng": inviting people by email (they set their own password), creating accounts directly, giving
 * a person another role, and everyone with a role in the province with what can be done to their account.
 */
export function UserAccounts({ units }: { units: OrgUnit[] }) {
  const { t } = useLang();
  const users = useGraphQuery(UsersDocument, {});
  // The account just created, highlighted in the list.
  const [added, setAdded] = useState<string>();

  return (
    <>
      <section className="card">
        <h2>{t('inviteFormTitle')}</h2>
        <InviteForm units={units} onInvited={setAdded} />
      </section>
      <section className="card">
        <h2>{t('userFormTitle')}</h2>
        <UserForm units={units} onCreated={setAdded} />
      </section>
      {users.data && users.data.users.length > 0 && (
        <section className="card">
          <h2>{t('membershipFormTitle')}</h2>
          <MembershipForm units={units} users={users.data.users} />
        </section>
      )}
      <section className="card">
        <h2>{t('userListTitle')}</h2>
        {users.error && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
        {users.isPending && <p>{t('loading')}</p>}
        {users.data && <UserTable users={users.data.users} highlight={added} />}
      </section>
    </>
  );
}
