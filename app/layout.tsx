import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { earlyWorkerScript } from '@/lib/browser/early-worker';
import { firstPaintScript } from '@/lib/browser/first-paint';
import { themeBootScript } from '@/lib/browser/theme';
import { AppShell } from '@/components/layout/AppShell';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: 'VirtLab — learn virsh, xl and xm',
  description: 'A libvirt lab in your browser: every click is a virsh, xl or xm command, and every command is a click.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
    { media: '(prefers-color-scheme: light)', color: '#f7f8fa' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore-start lint/security/noDangerouslySetInnerHtml: our own inline boot scripts, built from constants, run before first paint */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        <script dangerouslySetInnerHTML={{ __html: earlyWorkerScript }} />
        <script dangerouslySetInnerHTML={{ __html: firstPaintScript }} />
        {/* biome-ignore-end lint/security/noDangerouslySetInnerHtml: end of the boot scripts */}
      </head>
      <body className="min-h-screen antialiased">
        <Providers>
          <AppShell>{children}</AppShell>
        </Providers>
      </body>
    </html>
  );
}
