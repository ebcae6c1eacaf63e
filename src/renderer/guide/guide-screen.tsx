/** The guide panel beside an account's page in the guided window. */
import { useApp } from '../app/app-context';

/** The guide screen. */
export function GuideScreen() {
  const { t } = useApp();
  return <main>{t.checklist.loading}</main>;
}
