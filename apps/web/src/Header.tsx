import type { Membership, Viewer } from './api-types';
import { roleKey, useLang } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  viewer: Viewer;
  workspaces: Membership[];
  current: Membership | undefined;
  onSwitch: (membership: Membership) => void;
  onLogout: () => void;
}

/** Province, who is signed in, the membership switcher (when there are several), language, sign-out. */
export function Header({ viewer, workspaces, current, onSwitch, onLogout }: Props) {
  const { t } = useLang();
  const label = (m: Membership) => `${t(roleKey(m.role))} — ${m.orgUnit?.name ?? ''}`;
  return (
    <header className="header">
      <div className="header-title">
        <div className="header-province" data-testid="header-province">
          {viewer.province?.name ?? t('platform')}
        </div>
        <div className="header-app">{t('appTitle')}</div>
      </div>
      <div className="header-tools">
        {workspaces.length > 1 && current && (
          <label className="inline-field">
            {t('workingAs')}
            <select
              value={workspaces.indexOf(current)}
              onChange={(e) => onSwitch(workspaces[Number(e.target.value)])}
              data-testid="membership-switcher"
            >
              {workspaces.map((m, i) => (
                <option key={i} value={i}>
                  {label(m)}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="header-user" data-testid="header-user">
          {viewer.displayName}
        </span>
        <LanguageSwitch />
        <button type="button" className="secondary" onClick={onLogout} data-testid="logout">
          {t('logout')}
        </button>
      </div>
    </header>
  );
}
