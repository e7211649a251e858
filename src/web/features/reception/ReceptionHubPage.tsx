import './reception.css';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';

const sections = [
  { key: 'kommuntal', to: '/mottagande/kommuntal' },
  { key: 'anvisningar', to: '/mottagande/anvisningar' },
  { key: 'boende', to: '/mottagande/boende' },
  { key: 'planerare', to: '/mottagande/planerare' },
] as const;

/** /mottagande — the reception module's pages, one card each. */
export function ReceptionHubPage() {
  const { t } = useTranslation('reception');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="reception-cards">
        {sections.map((s) => (
          <li key={s.key}>
            <Card title={t(`cards.${s.key}.title`)} to={s.to}>
              <p>{t(`cards.${s.key}.text`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
