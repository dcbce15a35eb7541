import { useState, type FormEvent } from 'react';
import { rolesForUnitKind } from '@qcdc/tenancy/domain';
import { AddMembershipDocument, UsersDocument, type Role, type UsersQuery } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { type OrgUnit } from './org-tree';
import { RoleSelect, UnitSelect } from './UnitRoleFields';

/** "Giao thêm vai trò": one more role at one more place of work for someone who already has an account. */
export function MembershipForm({ units, users }: { units: OrgUnit[]; users: UsersQuery['users'] }) {
  const { t } = useLang();
  const [userId, setUserId] = useState('');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<{ name: string; role: string }>();
  const add = useGraphMutation(AddMembershipDocument, { invalidates: [UsersDocument] });
  const touched = () => {
    setProblem(null);
    setAdded(undefined);
    add.reset();
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    add.reset();
    const found = !userId ? t('errUserRequired') : !orgUnitId || !role ? t('errUnitRequired') : null;
    setProblem(found);
    if (found || !role) return;
    const name = users.find((u) => u.id === userId)?.displayName ?? '';
    add.mutate({ input: { userId, role, orgUnitId } }, { onSuccess: () => setAdded({ name, role: t(`role_${role}`) }) });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="membership-form">
      <p className="hint">{t('membershipFormIntro')}</p>
      <div className="form-grid">
        <label className="field">
          {t('membershipUser')}
          <select
            value={userId}
            onChange={(e) => {
              setUserId(e.target.value);
              touched();
            }}
            data-testid="membership-user"
          >
            <option value="">{t('chooseUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.username})
              </option>
            ))}
          </select>
        </label>
        <UnitSelect
          units={units}
          value={orgUnitId}
          onChange={(id) => {
            const kind = units.find((u) => u.id === id)?.kind;
            const allowed: Role[] = kind ? rolesForUnitKind(kind) : [];
            setOrgUnitId(id);
            setRole(role && allowed.includes(role) ? role : (allowed[0] ?? ''));
            touched();
          }}
          refused={add.error?.field === 'orgUnitId'}
          testId="membership-unit"
        />
        <RoleSelect
          units={units}
          orgUnitId={orgUnitId}
          value={role}
          onChange={(r) => {
            setRole(r);
            touched();
          }}
          refused={add.error?.field === 'role'}
          testId="membership-role"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="membership-problem"
        error={add.error ?? undefined}
        onRetry={add.retry}
        success={added && t('membershipAdded', added)}
        successTestId="membership-added"
      />
      <div className="actions">
        <SubmitButton busy={add.isPending} label={t('addMembership')} busyLabel={t('adding')} testId="membership-submit" />
      </div>
    </form>
  );
}
