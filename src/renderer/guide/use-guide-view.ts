/** The guided window's view from main: asked once, then followed through `guide:changed`. */
import { useEffect, useState } from 'preact/hooks';
import type { GuideView } from '@shared/ipc/contract';
import { useApp } from '../app/app-context';

/** undefined while loading, null when no account page is open. */
export function useGuideView(): GuideView | null | undefined {
  const { api } = useApp();
  const [view, setView] = useState<GuideView | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unsubscribe = api.onGuideChanged((next) => setView(next));
    void api.getGuide().then((first) => {
      if (live) setView((current) => (current === undefined ? first : current));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);
  return view;
}
