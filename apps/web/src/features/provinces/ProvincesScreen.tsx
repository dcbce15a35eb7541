import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { PLATFORM_TABS, paths, platformTabOf, type PlatformTab } from '../../app/paths';
import { useViewer } from '../../app/viewer';
import { workspaceFor } from '../../app/workspaces';
import { ProvincesDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { openQueueBoard } from '../../shared/api/operations';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { PageHeading } from '../../shared/ui/PageHeading';
import { PlatformAuditLog } from '../audit/AuditLog';
import { ProvinceForm } from './ProvinceForm';
import { ProvinceTable } from './ProvinceTable';

/** "/tinh-thanh" and, beside it, the platform's audit log "/tinh-thanh/nhat-ky": the platform administrator's only. */
export function ProvincesRoute() {
  const tab = platformTabOf(useParams().tab);
  if (!workspaceFor(useViewer().workspaces, 'provinces') || !tab) return <NotFound />;
  return tab === 'audit' ? <PlatformAuditScreen /> : <ProvincesScreen />;
}

/** The platform administrator's two places: the provinces, and the log of what was done to them. */
function PlatformTabs({ current }: { current: PlatformTab }) {
  const { t } = useLang();
  const [boardError, setBoardError] = useState<ApiError>();
  return (
    <>
      <nav className="tabs" aria-label={t('platformTabs')}>
        {PLATFORM_TABS.map((tab) => (
          <Link
            key={tab}
            to={paths.provinces(tab)}
            className="tab"
            aria-current={tab === current ? 'page' : undefined}
            data-testid={`platform-tab-${tab}`}
          >
            {t(`platformTab_${tab}`)}
          </Link>
        ))}
        <button
          type="button"
          className="tab"
          onClick={() => openQueueBoard().catch((err) => setBoardError(asApiError(err)))}
          data-testid="platform-queue-board"
        >
          {t('platformQueueBoard')}
        </button>
      </nav>
      {boardError && <ErrorMessage error={boardError} />}
    </>
  );
}

/** "Nhật ký thao tác" of the platform: provinces created, suspended and reactivated; sign-ins. */
function PlatformAuditScreen() {
  const { t } = useLang();
  return (
    <div data-testid="platform-audit-screen">
      <PageHeading eyebrow={t('screen_provinces')} title={t('auditTitle')} />
      <PlatformTabs current="audit" />
      <PlatformAuditLog />
    </div>
  );
}

/** "Quản trị hệ thống": every province with its status, and a form to add one. */
function ProvincesScreen() {
  const { t } = useLang();
  const provinces = useGraphQuery(ProvincesDocument, {});
  const list = provinces.data?.provinces;
  // The province just created, highlighted in the list.
  const [created, setCreated] = useState<string>();
  const formRef = useRef<HTMLElement>(null);

  const goToForm = () => {
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    formRef.current?.querySelector('input')?.focus({ preventScroll: true });
  };

  return (
    <div data-testid="provinces-screen">
      <PageHeading
        eyebrow={t('screen_provinces')}
        title={t('provincesTitle')}
        hint={list && t('provincesCount', { count: list.length })}
        hintTestId="provinces-count"
      >
        <button type="button" className="secondary" onClick={goToForm} data-testid="go-to-province-form">
          {t('addProvinceButton')}
        </button>
      </PageHeading>
      <PlatformTabs current="provinces" />

      <section className="card">
        {provinces.error && <ErrorMessage error={provinces.error} onRetry={() => void provinces.refetch()} />}
        {provinces.isPending && <p>{t('loading')}</p>}
        {list?.length === 0 && <p className="hint">{t('noProvinces')}</p>}
        {!!list?.length && <ProvinceTable provinces={list} highlight={created} />}
      </section>

      <section className="card" ref={formRef}>
        <h2>{t('provinceFormTitle')}</h2>
        <ProvinceForm onCreated={setCreated} />
      </section>
    </div>
  );
}
