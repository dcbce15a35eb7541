import { useRef, useState } from 'react';
import { NotFound } from '../../app/NotFound';
import { useViewer } from '../../app/viewer';
import { workspaceFor } from '../../app/workspaces';
import { ProvincesDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ProvinceForm } from './ProvinceForm';
import { ProvinceTable } from './ProvinceTable';

/** "/tinh-thanh", the platform administrator's only. */
export function ProvincesRoute() {
  return workspaceFor(useViewer().workspaces, 'provinces') ? <ProvincesScreen /> : <NotFound />;
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
