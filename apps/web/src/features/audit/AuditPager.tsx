import { Link } from 'react-router';
import { useLang } from '../../shared/i18n';
import { LAST_REACHABLE_PAGE } from './audit-address';

interface Props {
  /** Above the table or below it (the one below is there when the page is long). */
  where: 'top' | 'bottom';
  total: number;
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
}

/** "Tổng số 58 thao tác · Trang 1 / 2", with the previous and next pages as links (so Back returns). */
export function AuditPager({ where, total, page, pages, hrefOf }: Props) {
  const { t } = useLang();
  const hasNext = page < pages && page < LAST_REACHABLE_PAGE;
  return (
    // Two pagers on a long page: each named for where it is (a screen reader lists landmarks by name).
    <nav
      className="pager"
      aria-label={t(where === 'top' ? 'auditPages' : 'auditPagesBottom')}
      data-testid={`audit-pager-${where}`}
    >
      <span className="pager-total" data-testid="audit-total">
        {t('auditTotal', { count: total })}
      </span>
      <span className="pager-moves">
        {page > 1 ? (
          <Link to={hrefOf(page - 1)} className="button-link secondary" data-testid="audit-previous">
            {t('auditPrevious')}
          </Link>
        ) : (
          <span className="button-link secondary disabled" aria-disabled="true">
            {t('auditPrevious')}
          </span>
        )}
        <strong data-testid="audit-page">{t('auditPageOf', { page, pages })}</strong>
        {hasNext ? (
          <Link to={hrefOf(page + 1)} className="button-link secondary" data-testid="audit-next">
            {t('auditNext')}
          </Link>
        ) : (
          <span
            className="button-link secondary disabled"
            aria-disabled="true"
            title={page < pages ? t('auditTooDeep', { max: LAST_REACHABLE_PAGE }) : undefined}
          >
            {t('auditNext')}
          </span>
        )}
      </span>
    </nav>
  );
}
