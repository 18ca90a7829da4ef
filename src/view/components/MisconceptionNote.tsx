import type { MessageKey } from '../../i18n/catalog.ts';
import { useLang } from '../hooks/lang-context.tsx';

// The feedback on a wrong answer that names the belief behind it (issue 21), the same on a lesson
// step and on the practice page: `practice.misconception.<id>`. It sits inside the page's polite
// live region, so it is read out with the verdict.
export function MisconceptionNote({ id }: { id: string }) {
  const { t } = useLang();
  return <p className="misconception" data-misconception={id}>{t(`practice.misconception.${id}` as MessageKey)}</p>;
}
