import { Navigate } from 'react-router';
import { useLang } from '../shared/i18n';
import { useViewer } from './viewer';

/** "/": the official's home (their first workspace), or why they have none. */
export function Home() {
  const { t } = useLang();
  const { workspaces } = useViewer();
  if (workspaces.length) return <Navigate replace to={workspaces[0].path} />;
  return (
    <section className="card" data-testid="no-screen">
      <h1>{t('noScreenTitle')}</h1>
      <p>{t('noScreenMember')}</p>
    </section>
  );
}
