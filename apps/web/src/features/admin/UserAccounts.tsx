import { useState } from 'react';
import { UsersDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import type { OrgUnit } from './org-tree';
import { UserForm } from './UserForm';
import { UserTable } from './UserTable';

/** "Người dùng": creating accounts, and everyone with a role in the province. */
export function UserAccounts({ units }: { units: OrgUnit[] }) {
  const { t } = useLang();
  const users = useGraphQuery(UsersDocument, {});
  // The account just created, highlighted in the list.
  const [added, setAdded] = useState<string>();

  return (
    <>
      <section className="card">
        <h2>{t('userFormTitle')}</h2>
        <UserForm units={units} onCreated={setAdded} />
      </section>
      <section className="card">
        <h2>{t('userListTitle')}</h2>
        {users.error && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
        {users.isPending && <p>{t('loading')}</p>}
        {users.data && <UserTable users={users.data.users} highlight={added} />}
      </section>
    </>
  );
}
