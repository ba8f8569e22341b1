import { titled } from '@/i18n/metadata';
import { PageMessages } from '@/components/i18n/PageMessages';
import { GlossaryPage } from '@/components/learn/GlossaryPage';

export const generateMetadata = titled('glossary');

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return (
    <PageMessages page="glossary" locale={(await params).locale}>
      <GlossaryPage />
    </PageMessages>
  );
}
