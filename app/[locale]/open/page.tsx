import { titled } from '@/i18n/metadata';
import { PageMessages } from '@/components/i18n/PageMessages';
import { OpenLabLink } from '@/components/lab/OpenLabLink';

export const generateMetadata = titled('openLab');

/** A shared lab: the lab is in the fragment, which only the browser reads. */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return (
    <PageMessages page="open" locale={(await params).locale}>
      <OpenLabLink />
    </PageMessages>
  );
}
