import type { Metadata } from 'next';
import { GlossaryPage } from '@/components/learn/GlossaryPage';

export const metadata: Metadata = { title: 'Glossary — VirtLab' };

export default function Page() {
  return <GlossaryPage />;
}
