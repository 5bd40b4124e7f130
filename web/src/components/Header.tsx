import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocationKey } from '../router/router';
import { paths } from '../router/routes';
import { Emblem } from './Emblem';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { UserBox } from './UserBox';

export function Header() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const here = useLocationKey();

  // Following a link closes the phone menu.
  useEffect(() => setOpen(false), [here]);

  return (
    <header className="site-header">
      <div className="header-bar">
        <Link href={paths.home()} className="brand">
          <Emblem />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-slogan">{t('app.slogan')}</span>
          </span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen((value) => !value)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id="site-menu" className="site-menu" data-open={open}>
          <MainNav />
          <LanguageSwitch />
          <UserBox />
        </div>
      </div>
    </header>
  );
}
