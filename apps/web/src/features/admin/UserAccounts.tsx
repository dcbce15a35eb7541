import { useState } from 'react';
import type { OrgUnit, User } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { useLoad } from '../../shared/api/useLoad';
import { UserForm } from './UserForm';
import { UserTable } from './UserTable';

const USERS = `query Users {
  users { id username displayName email active memberships { role orgUnit { id name } } }
}`;

/** "Người dùng": creating accounts, and everyone with a role in the province. */
export function UserAccounts({ units }: { units: OrgUnit[] }) {
  const { t } = useLang();
  const users = useLoad(() => gql<{ users: User[] }>(USERS).then((d) => d.users), []);
  // The account just created, highlighted in the list.
  const [added, setAdded] = useState<string>();

  return (
    <>
      <section className="card">
        <h2>{t('userFormTitle')}</h2>
        <UserForm
          units={units}
          onCreated={(id) => {
            setAdded(id);
            users.reload();
          }}
        />
      </section>
      <section className="card">
        <h2>{t('userListTitle')}</h2>
        {users.error && <ErrorMessage error={users.error} onRetry={users.reload} />}
        {!users.data && users.loading && <p>{t('loading')}</p>}
        {users.data && <UserTable users={users.data} highlight={added} />}
      </section>
    </>
  );
}
