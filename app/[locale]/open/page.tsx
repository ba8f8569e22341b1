import { titled } from '@/i18n/metadata';
import { OpenLabLink } from '@/components/lab/OpenLabLink';

export const generateMetadata = titled('openLab');

/** A shared lab: the lab is in the fragment, which only the browser reads. */
export default function Page() {
  return <OpenLabLink />;
}
