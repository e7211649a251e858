import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { picturePath } from './picture-format';

/** /lagesbild — the situation pictures of the user's networks; straight to it when there is one. */
export function PictureIndexPage() {
  const { t } = useTranslation('picture');
  const { user } = useAuth();
  const networks = user?.networks ?? [];
  const only = networks.length === 1 ? networks[0] : undefined;
  if (only) return <Navigate to={picturePath(only.id)} replace />;
  return (
    <>
      <h1>{t('index.title')}</h1>
      {networks.length === 0 ? (
        <p>{t('index.none')}</p>
      ) : (
        <>
          <p className="lead">{t('index.intro')}</p>
          <ul className="picture-networks">
            {networks.map((network) => (
              <li key={network.id}>
                <Link to={picturePath(network.id)}>{network.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
