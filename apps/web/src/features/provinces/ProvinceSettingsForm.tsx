import { useState, type FormEvent } from 'react';
import { DOCUMENT_FORMATS, PROVINCE_LANGUAGES, PROVINCE_SETTING_LIMITS, PROVINCE_TIME_ZONES } from '@qcdc/tenancy/domain';
import { UpdateProvinceSettingsDocument, type DocumentFormat, type ProvinceFieldsFragment } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';

type Province = ProvinceFieldsFragment;
type Settings = Province['settings'];

const TEXT_FIELDS = ['documentParentBody', 'documentIssuer', 'documentSymbol', 'place'] as const;

interface Props {
  province: Province;
  onSaved: (province: Province) => void;
  onCancel: () => void;
}

/** "Thiết lập của Tỉnh …": how its documents are headed and where they are signed, its clock and language. */
export function ProvinceSettingsForm({ province, onSaved, onCancel }: Props) {
  const { t } = useLang();
  const [d, setD] = useState<Settings>(province.settings);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useGraphMutation(UpdateProvinceSettingsDocument, {
    onSuccess: ({ updateProvinceSettings }) => onSaved(updateProvinceSettings),
  });
  const change = (patch: Partial<Settings>) => {
    setD({ ...d, ...patch });
    setProblem(null);
  };
  const refused = (field: string) => save.error?.field === field;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    const blank = TEXT_FIELDS.some((f) => !d[f].trim());
    setProblem(blank ? t('errSettingsBlank') : null);
    if (blank) return;
    const { documentParentBody, documentIssuer, documentSymbol, place, documentFormat, timeZone, language } = d;
    save.mutate({
      input: {
        id: province.id,
        settings: { documentParentBody, documentIssuer, documentSymbol, place, documentFormat, timeZone, language },
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="subsection" data-testid="province-settings-form">
      <h3>{t('provinceSettingsTitle', { name: province.name })}</h3>
      <p className="hint">{t('provinceSettingsIntro')}</p>
      <div className="form-grid">
        <TextField
          label={t('settingParentBody')}
          value={d.documentParentBody}
          onChange={(documentParentBody) => change({ documentParentBody })}
          maxLength={PROVINCE_SETTING_LIMITS.body}
          invalid={refused('documentParentBody')}
          testId="setting-parent-body"
        />
        <TextField
          label={t('settingIssuer')}
          value={d.documentIssuer}
          onChange={(documentIssuer) => change({ documentIssuer })}
          maxLength={PROVINCE_SETTING_LIMITS.body}
          invalid={refused('documentIssuer')}
          testId="setting-issuer"
        />
        <TextField
          label={t('settingSymbol')}
          value={d.documentSymbol}
          onChange={(documentSymbol) => change({ documentSymbol })}
          maxLength={PROVINCE_SETTING_LIMITS.symbol}
          hint={t('settingSymbolHint')}
          invalid={refused('documentSymbol')}
          testId="setting-symbol"
        />
        <TextField
          label={t('settingPlace')}
          value={d.place}
          onChange={(place) => change({ place })}
          maxLength={PROVINCE_SETTING_LIMITS.place}
          hint={t('settingPlaceHint')}
          invalid={refused('place')}
          testId="setting-place"
        />
        <label className="field">
          {t('settingFormat')}
          <select
            value={d.documentFormat}
            onChange={(e) => change({ documentFormat: e.target.value as DocumentFormat })}
            data-testid="setting-format"
          >
            {DOCUMENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`documentFormat_${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('settingTimeZone')}
          <select value={d.timeZone} onChange={(e) => change({ timeZone: e.target.value })} data-testid="setting-time-zone">
            {PROVINCE_TIME_ZONES.map((z) => (
              <option key={z} value={z}>
                {t(`timeZone_${z.replace('/', '_')}` as 'timeZone_Asia_Ho_Chi_Minh')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('settingLanguage')}
          <select value={d.language} onChange={(e) => change({ language: e.target.value })} data-testid="setting-language">
            {PROVINCE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language_${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormOutcome problem={problem} problemTestId="province-settings-problem" error={save.error ?? undefined} />
      <div className="actions">
        <SubmitButton busy={save.isPending} label={t('saveSettings')} busyLabel={t('saving')} testId="save-province-settings" />
        <button type="button" className="secondary" onClick={onCancel} disabled={save.isPending}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
