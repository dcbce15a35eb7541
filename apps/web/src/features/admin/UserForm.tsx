import { useRef, useState, type FormEvent } from 'react';
import {
  TENANCY_TEXT_LIMITS,
  assertEmail,
  assertPasswordAcceptable,
  normaliseUsername,
  rolesForUnitKind,
} from '@qcdc/tenancy/domain';
import { CreateUserDocument, UsersDocument, type Role } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang, type T } from '../../shared/i18n';
import { passes, refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { UsernameField } from '../../shared/ui/UsernameField';
import { useDraft } from '../../shared/useDraft';
import { unitGroups, type OrgUnit } from './org-tree';

interface UserDraft {
  orgUnitId: string;
  role: Role | '';
  displayName: string;
  username: string;
  password: string;
  email: string;
}

function problemOf(d: UserDraft, t: T, say: (m: { vi: string; en: string }) => string): string | null {
  if (!d.orgUnitId || !d.role) return t('errUnitRequired');
  if (!d.displayName.trim()) return t('errFullName');
  const refusal =
    refusalOf(() => normaliseUsername(d.username)) ??
    refusalOf(() => assertPasswordAcceptable(d.password)) ??
    (d.email.trim() ? refusalOf(() => assertEmail(d.email)) : null);
  return refusal && say(refusal.messages);
}

/**
 * "Tạo tài khoản người dùng": one account with one role at one place of work. The roles offered follow the
 * place chosen (the committee, a bloc or a unit), as the server requires.
 */
export function UserForm({ units, onCreated }: { units: OrgUnit[]; onCreated: (id: string) => void }) {
  const { t, say } = useLang();
  // Kept on the device until saved, but for the password, which never is.
  const draft = useDraft<UserDraft>(
    'user',
    () => ({ orgUnitId: '', role: '', displayName: '', username: '', password: '', email: '' }),
    { omit: ['password'] },
  );
  const d = draft.value;
  const setD = draft.update;
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ username: string; name: string }>();
  const create = useGraphMutation(CreateUserDocument, { invalidates: [UsersDocument] });
  const nameRef = useRef<HTMLInputElement>(null);

  const unit = units.find((u) => u.id === d.orgUnitId);
  const roles = unit ? rolesForUnitKind(unit.kind) : [];
  const change = (patch: Partial<UserDraft>) => {
    setD({ ...d, ...patch });
    setProblem(null);
    setCreated(undefined);
  };
  const changeUnit = (orgUnitId: string) => {
    const kind = units.find((u) => u.id === orgUnitId)?.kind;
    const allowed: Role[] = kind ? rolesForUnitKind(kind) : [];
    change({ orgUnitId, role: d.role && allowed.includes(d.role) ? d.role : (allowed[0] ?? '') });
  };
  const refused = (field: string) => create.error?.field === field;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.reset();
    const found = problemOf(d, t, say);
    setProblem(found);
    if (found || !d.role) return;
    const input = {
      username: normaliseUsername(d.username),
      password: d.password,
      displayName: d.displayName.trim(),
      email: d.email.trim() || null,
      role: d.role,
      orgUnitId: d.orgUnitId,
    };
    create.mutate(
      { input },
      {
        onSuccess: ({ createUser }) => {
          setCreated({ username: input.username, name: input.displayName });
          // The next account is often for the same place and role.
          void draft.clear({ ...d, displayName: '', username: '', password: '', email: '' });
          onCreated(createUser.id);
          nameRef.current?.focus();
        },
      },
    );
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="user-form">
      <div className="form-grid">
        <label className="field">
          {t('userUnit')}
          <select
            value={d.orgUnitId}
            onChange={(e) => changeUnit(e.target.value)}
            aria-invalid={refused('orgUnitId') || undefined}
            data-testid="user-unit"
          >
            <option value="">{t('chooseUnit')}</option>
            {unitGroups(units).map(({ head, members }) => (
              <optgroup key={head.id} label={head.kind === 'BLOC' ? head.name : t(`orgKind_${head.kind}`)}>
                {members.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.kind === 'UNIT' ? `${u.name} (${u.code})` : `${u.name} — ${t(`orgKind_${u.kind}`)}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <span className="hint">{t('userUnitHint')}</span>
        </label>
        <label className="field">
          {t('userRole')}
          <select
            value={d.role}
            onChange={(e) => change({ role: e.target.value as Role })}
            disabled={!unit}
            aria-invalid={refused('role') || undefined}
            data-testid="user-role"
          >
            {!unit && <option value="">{t('chooseUnitFirst')}</option>}
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`role_${role}`)}
              </option>
            ))}
          </select>
          {d.role && d.role !== 'PLATFORM_ADMIN' && (
            <span className="hint" data-testid="user-role-hint">
              {t(`roleHint_${d.role}`)}
            </span>
          )}
        </label>
        <TextField
          label={t('fullName')}
          value={d.displayName}
          onChange={(displayName) => change({ displayName })}
          invalid={refused('displayName')}
          maxLength={TENANCY_TEXT_LIMITS.displayName}
          inputRef={nameRef}
          testId="user-display-name"
        />
        <UsernameField
          value={d.username}
          onChange={(username) => change({ username })}
          refused={refused('username')}
          testId="user-username"
        />
        <NewPasswordField
          value={d.password}
          onChange={(password) => change({ password })}
          refused={refused('password')}
          testId="user-password"
        />
        <TextField
          label={t('email')}
          type="email"
          value={d.email}
          onChange={(email) => change({ email })}
          invalid={refused('email') || (d.email.trim() !== '' && !passes(() => assertEmail(d.email)))}
          maxLength={TENANCY_TEXT_LIMITS.email}
          autoComplete="off"
          testId="user-email"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="user-problem"
        error={create.error ?? undefined}
        success={created && t('userCreated', created)}
        successTestId="user-created"
      />
      <div className="actions">
        <SubmitButton busy={create.isPending} label={t('createUser')} busyLabel={t('creating')} testId="create-user" />
      </div>
    </form>
  );
}
