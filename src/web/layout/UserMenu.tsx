import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { Button } from '../components/Button';
import { usePopoverPanel } from '../components/use-popover-panel';

/** The signed-in user's name opens a panel with organisation, roles, networks and "Logga ut". */
export function UserMenu() {
  const { t } = useTranslation('common');
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const { open, setOpen, panelId, buttonRef, rootRef } = usePopoverPanel('user-menu');

  if (!user) return null;

  const signOut = async () => {
    setOpen(false);
    await logout();
    navigate('/login');
  };

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('user.menu')}: </span>
        {user.name}
        <svg width="12" height="8" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
          <path
            d={open ? 'M1 7 6 2l5 5' : 'M1 1l5 5 5-5'}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
      </button>
      <div className="user-menu__panel" id={panelId} hidden={!open}>
        <p>
          <strong>{user.name}</strong>
          <br />
          {user.email}
        </p>
        <p>
          {t('user.organisation')}: {user.orgName}
        </p>
        <p>
          {t('user.roles')}: {user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}
        </p>
        {user.networks.length > 0 ? (
          <p>
            {t('user.networks')}: {user.networks.map((network) => network.name).join(', ')}
          </p>
        ) : null}
        <Button variant="secondary" size="small" onClick={() => void signOut()}>
          {t('user.logout')}
        </Button>
      </div>
    </div>
  );
}
