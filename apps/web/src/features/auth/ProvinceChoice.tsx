import { useState } from 'react';
import { ProvinceDirectoryDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LAST_PROVINCE } from './PublicPage';

// The select's value for platform administrators, who belong to no province.
const PLATFORM = '__platform__';

/** The province chosen on a public form, starting from the one last signed in to; `code` is null for the platform. */
export function useProvinceChoice() {
  const [value, setValue] = useState(() => localStorage.getItem(LAST_PROVINCE) ?? '');
  return { value, setValue, chosen: value !== '', code: value === PLATFORM ? null : value };
}

/**
 * "Tỉnh, thành phố": the provinces one can sign in to (the public directory, with "Thử lại" when it fails to
 * load), and the platform's own administrators last.
 */
export function ProvinceChoice(props: { value: string; onChange: (value: string) => void; testId: string }) {
  const { t } = useLang();
  const provinces = useGraphQuery(ProvinceDirectoryDocument, {}, { public: true });
  return (
    <>
      {provinces.error && <ErrorMessage error={provinces.error} onRetry={() => void provinces.refetch()} />}
      <label className="field">
        {t('province')}
        <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
          <option value="">{provinces.isPending ? t('loading') : t('chooseProvince')}</option>
          {provinces.data?.provinceDirectory.map((p) => (
            <option key={p.id} value={p.code}>
              {p.name}
            </option>
          ))}
          <option value={PLATFORM}>{t('platformOption')}</option>
        </select>
      </label>
    </>
  );
}
