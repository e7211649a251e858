import { useTranslation } from 'react-i18next';
import { uiLocales } from '../../i18n/locales';
import { chooseLanguage, currentLanguage } from '../i18n/i18n';

/** Each language named in itself ("Svenska", "English"), so anyone can find their own. */
export function LanguageSwitcher() {
  const { t } = useTranslation('common');
  const active = currentLanguage();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {uiLocales.map((language) => (
        <button
          key={language}
          type="button"
          className="header-button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => void chooseLanguage(language)}
        >
          {t(`language.${language}`, { lng: language })}
        </button>
      ))}
    </fieldset>
  );
}
