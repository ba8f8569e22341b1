import { useTranslations } from 'next-intl';
import type { UiActionId } from '@/lib/actions/args';

/** A button's or menu item's label in the page's language (messages' `action.<id>`, the table's labelKey). */
export function useActionLabel(): (action: UiActionId) => string {
  const t = useTranslations('action');
  return (action) => t(action);
}
