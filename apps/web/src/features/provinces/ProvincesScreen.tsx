import { useRef, useState } from 'react';
import type { Province } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ProvinceForm } from './ProvinceForm';
import { ProvinceTable } from './ProvinceTable';
import { useLoad } from '../../shared/api/useLoad';

const PROVINCES = `query Provinces { provinces { id code name status createdAt } }`;

/** "Quản trị hệ thống": every province with its status, and a form to add one. */
export function ProvincesScreen() {
  const { t } = useLang();
  const provinces = useLoad(() => gql<{ provinces: Province[] }>(PROVINCES).then((d) => d.provinces), []);
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
        hint={provinces.data && t('provincesCount', { count: provinces.data.length })}
        hintTestId="provinces-count"
      >
        <button type="button" className="secondary" onClick={goToForm} data-testid="go-to-province-form">
          {t('addProvinceButton')}
        </button>
      </PageHeading>

      <section className="card">
        {provinces.error && <ErrorMessage error={provinces.error} onRetry={provinces.reload} />}
        {!provinces.data && provinces.loading && <p>{t('loading')}</p>}
        {provinces.data?.length === 0 && <p className="hint">{t('noProvinces')}</p>}
        {!!provinces.data?.length && <ProvinceTable provinces={provinces.data} highlight={created} />}
      </section>

      <section className="card" ref={formRef}>
        <h2>{t('provinceFormTitle')}</h2>
        <ProvinceForm
          onCreated={(id) => {
            setCreated(id);
            provinces.reload();
          }}
        />
      </section>
    </div>
  );
}
