// The report screens' own labels: the i18next namespace "reports" (labels.vi.ts, labels.en.ts), beside the
// app's shared catalogue (useLang). A namespace of its own because one catalogue of every label grows past
// what TypeScript checks the keys of; the keys are checked here instead.
import { useTranslation } from 'react-i18next';
import type { reportsVi } from './labels.vi';

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K> = K extends `${infer B}_${Plural}` ? B : K;
/** A label of the report screens ("renderButton"; a plural one by its base, "blockingTitle", with `count`). */
export type ReportLabel = Base<keyof typeof reportsVi>;

/** The report screens' labels in the chosen language: r('renderButton'), r('blockingTitle', { count }). */
export function useReportLabels(): (key: ReportLabel, values?: Record<string, unknown>) => string {
  const { t } = useTranslation('translation');
  return (key, values) => t(key as never, { ...values, ns: 'reports' }) as unknown as string;
}
