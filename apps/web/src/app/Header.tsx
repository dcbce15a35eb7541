import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { LogoutDocument } from '../gql/graphql';
import { requestPublic } from '../shared/api/request';
import { endSession, sessionOwner } from '../shared/api/session';
import { forgetCache } from '../shared/offline/cache';
import { useLang } from '../shared/i18n';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { OutboxStatus } from '../shared/ui/OutboxStatus';
import { NotificationBell } from '../features/reminders/NotificationBell';
import { paths } from './paths';
import { useViewer } from './viewer';
import { workspaceAt, type Workspace } from './workspaces';

/**
 * Signs out here at once (forgetting the answers kept for offline use), and ends the session on the server
 * (its cookie goes with the request) without waiting for it. Drafts and the outbox stay: they are the
 * official's unsent work.
 */
function signOut() {
  const owner = sessionOwner();
  if (owner) void forgetCache(owner);
  requestPublic(LogoutDocument).catch(() => undefined);
  endSession('signed-out');
}

/**
 * "Màn hình làm việc": the official's screens, one chosen and then opened with the button. Choosing alone
 * never moves the page (WCAG 3.2.2): arrowing through a closed list changes its value at every step.
 */
function WorkspaceSwitcher(props: { workspaces: Workspace[]; current?: Workspace; placeOf: (w: Workspace) => string }) {
  const { workspaces, current, placeOf } = props;
  const { t } = useLang();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(current?.path ?? '');
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (chosen && chosen !== current?.path) navigate(chosen);
  };
  return (
    <form className="inline-field workspace-switcher" onSubmit={open}>
      <label className="inline-field">
        {t('workingAs')}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="workspace-switcher">
          {!current && <option value="">{t('chooseWorkspace')}</option>}
          {workspaces.map((w) => (
            <option key={w.path} value={w.path}>
              {t(`screen_${w.screen}`)} — {placeOf(w)} ({t(`role_${w.role}`)})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={!chosen || chosen === current?.path} data-testid="workspace-open">
        {t('openWorkspace')}
      </button>
    </form>
  );
}

/**
 * Province, who is signed in, the workspace switcher (when there are several: the screen's name first, as a
 * province administrator's "Quản trị" and "Tổng quan" share one unit and role), language, sign-out.
 */
export function Header() {
  const { t } = useLang();
  const { viewer, workspaces } = useViewer();
  const current = workspaceAt(workspaces, useLocation().pathname);
  // The province is in the title already: its committee is named by its level, not its long name.
  const placeOf = (w: Workspace) =>
    !w.orgUnit ? t('platform') : w.orgUnit.kind === 'PROVINCE_COMMITTEE' ? t(`orgKind_${w.orgUnit.kind}`) : w.orgUnit.name;
  return (
    <header className="header">
      <div className="header-title">
        <div className="header-province" data-testid="header-province">
          {viewer.province?.name ?? t('platform')}
        </div>
        <div className="header-app">{t('appTitle')}</div>
      </div>
      <div className="header-tools">
        <OutboxStatus />
        {workspaces.length > 1 && (
          // Keyed by the screen: moved elsewhere (a link, Back), the list shows where the official is.
          <WorkspaceSwitcher key={current?.path ?? ''} workspaces={workspaces} current={current} placeOf={placeOf} />
        )}
        <span className="header-user" data-testid="header-user">
          {viewer.displayName}
        </span>
        {viewer.province && <NotificationBell />}
        <Link to={paths.sessions()} className="header-link" data-testid="header-sessions">
          {t('sessionsLink')}
        </Link>
        <LanguageSwitch />
        <button type="button" className="secondary" onClick={signOut} data-testid="logout">
          {t('logout')}
        </button>
      </div>
    </header>
  );
}
