import { keepPreviousData } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { auditLogArgs } from '@qcdc/audit/domain';
import { parseInput } from '@qcdc/shared/contracts';
import { paths } from '../../app/paths';
import { useViewer } from '../../app/viewer';
import type { OrgUnit } from '../../app/workspaces';
import { AuditLogDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import {
  LAST_REACHABLE_PAGE,
  auditSearchOf,
  auditVariablesOf,
  auditViewOf,
  isFiltered,
  pageCountOf,
  type AuditView,
} from './audit-address';
import { AuditFilters } from './AuditFilters';
import { AuditPager } from './AuditPager';
import { AuditTable } from './AuditTable';
import { usePlatformDirectory, useProvinceDirectory, type AuditDirectory } from './directory';

/** "/quan-tri/<committee>/nhat-ky": the province's log, for its administrator. */
export function ProvinceAuditLog({ root }: { root: OrgUnit }) {
  const { t } = useLang();
  const directory = useProvinceDirectory(useViewer().viewer);
  return <AuditLog address={paths.admin(root.id, 'audit')} directory={directory} intro={t('auditIntroProvince')} />;
}

/** "/tinh-thanh/nhat-ky": the platform's log, for the platform administrator. */
export function PlatformAuditLog() {
  const { t } = useLang();
  const directory = usePlatformDirectory(useViewer().viewer);
  return <AuditLog address={paths.provinces('audit')} directory={directory} intro={t('auditIntroPlatform')} />;
}

interface Props {
  /** The log's address without its query string. */
  address: string;
  directory: AuditDirectory;
  intro: string;
}

/**
 * Nhật ký thao tác: the filters, then a page of 50 entries, newest first. The filter and the page are the
 * address's query string; a value the server would refuse is refused here first, in the server's words.
 */
function AuditLog({ address, directory, intro }: Props) {
  const { t, say } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { filter, page } = auditViewOf(params);
  const view: AuditView = { filter, page: page ?? 1 };
  const hrefOf = (v: AuditView) => `${address}${auditSearchOf(v)}`;

  const tooDeep = view.page > LAST_REACHABLE_PAGE;
  const variables = auditVariablesOf(view);
  const refusal = tooDeep ? null : refusalOf(() => parseInput(auditLogArgs, variables));
  const log = useGraphQuery(AuditLogDocument, variables, {
    enabled: page !== null && !tooDeep && !refusal,
    // The previous page stays on screen while the next one loads (the progress bar runs meanwhile).
    placeholderData: keepPreviousData,
    // Entries arrive a moment after each change: coming back to the log reads it again.
    staleTime: 0,
  });

  // "trang=abc": the first page of the same filter.
  if (page === null) return <Navigate replace to={hrefOf(view)} />;

  const data = log.data?.auditLog;
  const pages = data ? pageCountOf(data.total, data.size) : 1;
  // The page on screen: the one asked for, or the previous one while it loads.
  const pager = data ? { total: data.total, page: data.offset / data.size + 1, pages, hrefOf: (p: number) => hrefOf({ filter, page: p }) } : null;
  const clear = (
    <Link to={address} className="button-link" data-testid="audit-clear-link">
      {t('auditClearFilters')}
    </Link>
  );

  return (
    <div data-testid="audit-log">
      <section className="card">
        <h2>{t('auditFilterTitle')}</h2>
        <p className="hint">{intro}</p>
        <AuditFilters
          // A new address (Back, Forward, a link in the table) shows its own filter in the form.
          key={params.toString()}
          filter={filter}
          directory={directory}
          onApply={(next) => navigate(hrefOf({ filter: next, page: 1 }))}
          clearAddress={isFiltered(filter) ? address : undefined}
          refusedField={refusal?.field}
        />
      </section>

      <section className="card">
        <div className="toolbar">
          <h2 className="toolbar-title">{t('auditTitle')}</h2>
          <div className="inline-field">
            <span className="hint">{t('auditLag')}</span>
            <button
              type="button"
              className="secondary"
              onClick={() => void log.refetch()}
              disabled={!log.isEnabled || log.isFetching}
              data-testid="audit-reload"
            >
              {t('auditReload')}
            </button>
          </div>
        </div>
        {directory.problems.map((p, i) => (
          <ErrorMessage key={i} error={p.error} onRetry={p.retry} />
        ))}
        {refusal && (
          <div className="message error" role="alert" data-testid="audit-refusal" data-field={refusal.field}>
            <span>{say(refusal.messages)}</span>
            {clear}
          </div>
        )}
        {tooDeep && (
          <div className="message error" role="alert" data-testid="audit-too-deep">
            <span>{t('auditTooDeep', { max: LAST_REACHABLE_PAGE })}</span>
            <Link to={hrefOf({ filter, page: 1 })} className="button-link">
              {t('auditFirstPage')}
            </Link>
          </div>
        )}
        {log.error && <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
        {log.isEnabled && !data && !log.error && <p>{t('loading')}</p>}
        {data && pager && (
          <div aria-busy={log.isPlaceholderData || undefined} className={log.isPlaceholderData ? 'stale' : undefined}>
            <AuditPager where="top" {...pager} />
            {data.entries.length > 0 && <AuditTable entries={data.entries} directory={directory} filter={filter} hrefOf={hrefOf} />}
            {data.entries.length === 0 && data.total === 0 && (
              <div className="message warning" role="status" data-testid="audit-empty">
                <span>{isFiltered(filter) ? t('auditNoMatch') : t('auditEmpty')}</span>
                {isFiltered(filter) && clear}
              </div>
            )}
            {data.entries.length === 0 && data.total > 0 && (
              <div className="message warning" role="status" data-testid="audit-no-such-page">
                <span>{t('auditNoSuchPage', { page: view.page, pages })}</span>
                <span className="actions">
                  <Link to={hrefOf({ filter, page: 1 })} className="button-link">
                    {t('auditFirstPage')}
                  </Link>
                  <Link to={hrefOf({ filter, page: Math.min(pages, LAST_REACHABLE_PAGE) })} className="button-link">
                    {t('auditLastPage')}
                  </Link>
                </span>
              </div>
            )}
            {data.entries.length > 10 && <AuditPager where="bottom" {...pager} />}
          </div>
        )}
      </section>
    </div>
  );
}
