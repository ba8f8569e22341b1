import type { Metadata } from 'next';
import { LessonList } from '@/components/learn/LessonList';

export const metadata: Metadata = { title: 'Lessons — VirtLab' };

export default function Page() {
  return <LessonList />;
}
