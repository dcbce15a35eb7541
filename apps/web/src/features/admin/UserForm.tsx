import { useRef, useState, type FormEvent } from 'react';
import type { OrgUnit, Role } from '../../shared/api/api-types';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { gql } from '../../shared/api/graphql';
import { orgKindKey, roleHintKey, roleKey, useLang, type T } from '../../shared/i18n';
import { isAcceptablePassword, isEmail, isUsername } from '../../shared/input-rules';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { rolesForUnitKind, unitGroups } from './org-tree';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { UsernameField } from '../../shared/ui/UsernameField';
import { useSubmit } from '../../shared/useSubmit';

const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`;

interface UserDraft {
  orgUnitId: string;
  role: Role | '';
  displayName: string;
  username: string;
  password: string;
  email: string;
}

function problemOf(d: UserDraft, t: T): string | null {
  if (!d.orgUnitId || !d.role) return t('errUnitRequired');
  if (!d.displayName.trim()) return t('errFullName');
  if (!isUsername(d.username)) return t('errUsername');
  if (!isAcceptablePassword(d.password)) return t('errPassword');
  if (d.email.trim() && !isEmail(d.email)) return t('errEmail');
  return null;
}

/**
 * "Tạo tài khoản người dùng": one account with one role at one place of work. The roles offered follow the
 * place chosen (the committee, a bloc or a unit), as the server requires.
 */
export function UserForm({ units, onCreated }: { units: OrgUnit[]; onCreated: (id: string) => void }) {
  const { t } = useLang();
  const [d, setD] = useState<UserDraft>({ orgUnitId: '', role: '', displayName: '', username: '', password: '', email: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ username: string; name: string }>();
  const { busy, error, clearError, send } = useSubmit();
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
    const allowed = kind ? rolesForUnitKind(kind) : [];
    change({ orgUnitId, role: d.role && allowed.includes(d.role) ? d.role : (allowed[0] ?? '') });
  };
  const refused = (field: string) => error?.field === field;

  async function submit(e: FormEvent) {
    e.preventDefault();
    clearError();
    const found = problemOf(d, t);
    setProblem(found);
    if (found) return;
    await send(async () => {
      const input = {
        username: d.username.trim().toLowerCase(),
        password: d.password,
        displayName: d.displayName.trim(),
        email: d.email.trim() || null,
        role: d.role,
        orgUnitId: d.orgUnitId,
      };
      const data = await gql<{ createUser: { id: string } }>(CREATE_USER, { input });
      setCreated({ username: input.username, name: input.displayName });
      // The next account is often for the same place and role.
      setD({ ...d, displayName: '', username: '', password: '', email: '' });
      onCreated(data.createUser.id);
      nameRef.current?.focus();
    });
  }

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
              <optgroup key={head.id} label={head.kind === 'BLOC' ? head.name : t(orgKindKey(head.kind))}>
                {members.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.kind === 'UNIT' ? `${u.name} (${u.code})` : `${u.name} — ${t(orgKindKey(u.kind))}`}
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
                {t(roleKey(role))}
              </option>
            ))}
          </select>
          {d.role && d.role !== 'PLATFORM_ADMIN' && (
            <span className="hint" data-testid="user-role-hint">
              {t(roleHintKey(d.role))}
            </span>
          )}
        </label>
        <TextField
          label={t('fullName')}
          value={d.displayName}
          onChange={(displayName) => change({ displayName })}
          invalid={refused('displayName')}
          maxLength={120}
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
          invalid={refused('email') || (d.email.trim() !== '' && !isEmail(d.email))}
          maxLength={254}
          autoComplete="off"
          testId="user-email"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="user-problem"
        error={error}
        success={created && t('userCreated', created)}
        successTestId="user-created"
      />
      <div className="actions">
        <SubmitButton busy={busy} label={t('createUser')} busyLabel={t('creating')} testId="create-user" />
      </div>
    </form>
  );
}
