import { titled } from '@/i18n/metadata';
import type { ReactNode } from 'react';

export const generateMetadata = titled('console');

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return children;
}
