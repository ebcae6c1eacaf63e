/** Applies the theme setting to the document, following the OS when it says 'system'. */
import { useEffect } from 'preact/hooks';
import type { Settings } from '@shared/domain/types';

/** Sets data-theme on <html> to light or dark. */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = (): void => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
