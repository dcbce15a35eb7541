import { useState } from 'react';
import type { UsersQuery } from '../../gql/graphql';
import { foldForSearch } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { TableBox } from '../../shared/ui/TableBox';
import { MembershipLine, UserActions } from './UserActions';

type User = UsersQuery['users'][number];

/** The province's users with their role at each unit; filtered by what the administrator types. */
export function UserTable({ users, highlight }: { users: User[]; highlight?: string }) {
  const { t } = useLang();
  const [filter, setFilter] = useState('');
  const needle = foldForSearch(filter.trim());
  const shown = needle
    ? users.filter((u) =>
        foldForSearch(
          `${u.displayName} ${u.username} ${u.email ?? ''} ${u.memberships.map((m) => m.orgUnit?.name ?? '').join(' ')}`,
        ).includes(needle),
      )
    : users;

  return (
    <div>
      <div className="toolbar">
        <label className="inline-field no-print">
          {t('findUser')}
          <input
            type="search"
            value={filter}
            placeholder={t('findUserHint')}
            onChange={(e) => setFilter(e.target.value)}
            className="filter"
            data-testid="user-filter"
          />
        </label>
        <span className="hint">{t('showingUsers', { shown: shown.length, total: users.length })}</span>
      </div>
      {needle && shown.length === 0 && <p className="hint">{t('noUsersMatch', { text: filter })}</p>}
      {shown.length > 0 && (
        <TableBox label={t('userListTitle')}>
          <table className="table" data-testid="user-table">
            <thead>
              <tr>
                <th>{t('fullName')}</th>
                <th>{t('colUsername')}</th>
                <th>{t('colRoles')}</th>
                <th>{t('colEmail')}</th>
                <th>{t('colAccount')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr
                  key={u.id}
                  className={u.id === highlight ? 'just-added' : undefined}
                  data-testid={`user-row-${u.username}`}
                >
                  <td className="card-title">{u.displayName}</td>
                  <td className="long-text" data-label={t('colUsername')}>
                    {u.username}
                  </td>
                  <td data-label={t('colRoles')}>
                    {u.memberships.map((m, i) => (
                      <MembershipLine key={i} user={u} role={m.role} orgUnit={m.orgUnit ?? null} />
                    ))}
                  </td>
                  <td className="long-text" data-label={t('colEmail')}>
                    {u.email ?? t('notAvailable')}
                  </td>
                  <td className="nowrap" data-label={t('colAccount')}>
                    <span className={`badge ${u.active && !u.invitationPending ? 'ok' : 'pending'}`} data-testid="user-status">
                      {t(!u.active ? 'accountDisabled' : u.invitationPending ? 'accountInvited' : 'accountActive')}
                    </span>
                  </td>
                  <td data-label={t('colActions')}>
                    <UserActions user={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </div>
  );
}
