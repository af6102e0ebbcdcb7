/** «Язык»: Russian, English, or the browser's language. */
import { request } from '../../utils/extension/messaging';
import type { Settings } from '../../utils/settings/schema';
import { Card, showToast } from '../ui/index';
import { errorText, tOptions } from './messages';

export function LanguageSection({ settings }: { settings: Settings }) {
  const options = [
    { value: 'ru', label: tOptions('localeRu') },
    { value: 'en', label: tOptions('localeEn') },
    { value: 'auto', label: tOptions('localeAuto') },
  ] as const;
  return (
    <Card title={tOptions('languageTitle')} data-testid="section-language">
      <fieldset class="options-fieldset">
        <legend>{tOptions('languageTitle')}</legend>
        {options.map((o) => (
          <label key={o.value} class="ui-checkbox">
            <input
              type="radio"
              name="locale"
              value={o.value}
              checked={settings.locale === o.value}
              data-testid={`locale-${o.value}`}
              onChange={() => request('updateSettings', { locale: o.value }).catch((e) => showToast(errorText(e), { tone: 'danger', timeoutMs: 0 }))}
            />
            <span class="ui-checkbox__text">{o.label}</span>
          </label>
        ))}
      </fieldset>
      <p class="ui-muted">{tOptions('languageHint')}</p>
    </Card>
  );
}
