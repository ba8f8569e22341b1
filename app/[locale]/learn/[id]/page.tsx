'use client';

import { useParams } from 'next/navigation';
import { LessonIntro } from '@/components/learn/LessonIntro';

export default function Page() {
  const { id } = useParams<{ id: string }>();
  return <LessonIntro key={id} id={decodeURIComponent(id)} />;
}
