import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { lessonById } from '@/lib/lessons/registry';

type Params = Promise<{ id: string }>;

/** Each lesson names itself in the window title (WCAG 2.4.2). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: `${lessonById(id)?.title ?? 'Lesson'} — VirtLab` };
}

export default function LessonLayout({ children }: { children: ReactNode }) {
  return children;
}
