import { titled } from '@/i18n/metadata';
import { LessonList } from '@/components/learn/LessonList';

export const generateMetadata = titled('learn');

export default function Page() {
  return <LessonList />;
}
