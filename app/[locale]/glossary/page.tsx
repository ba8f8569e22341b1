import { titled } from '@/i18n/metadata';
import { GlossaryPage } from '@/components/learn/GlossaryPage';

export const generateMetadata = titled('glossary');

export default function Page() {
  return <GlossaryPage />;
}
