import type { Viewer } from '../shared/api/api-types';
import { orgKindKey, roleKey, screenKey, useLang } from '../shared/i18n';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import type { Workspace } from './workspaces';

interface Props {
  viewer: Viewer;
  workspaces: Workspace[];
  current: Workspace | undefined;
  onSwitch: (workspace: Workspace) => void;
  onLogout: () => void;
}

/**
 * Province, who is signed in, the workspace switcher (when there are several: the screen's name first, as
 * a province administrator's "Quản trị" and "Tổng quan" share one unit and role), language, sign-out.
 */
export function Header({ viewer, workspaces, current, onSwitch, onLogout }: Props) {
  const { t } = useLang();
  // The province is in the title already: its committee is named by its level, not its long name.
  const placeOf = (w: Workspace) =>
    !w.orgUnit ? t('platform') : w.orgUnit.kind === 'PROVINCE_COMMITTEE' ? t(orgKindKey(w.orgUnit.kind)) : w.orgUnit.name;
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
              value={current.route}
              onChange={(e) => onSwitch(workspaces.find((w) => w.route === e.target.value) ?? current)}
              data-testid="workspace-switcher"
            >
              {workspaces.map((w) => (
                <option key={w.route} value={w.route}>
                  {t(screenKey(w.screen))} — {placeOf(w)} ({t(roleKey(w.role))})
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
