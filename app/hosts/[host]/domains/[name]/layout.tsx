import type { Metadata } from 'next';
import type { ReactNode } from 'react';

type Params = Promise<{ host: string; name: string }>;
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Each domain page names its domain and host in the window title (WCAG 2.4.2). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { host, name } = await params;
  return { title: `${decode(name)} on ${decode(host)} — VirtLab` };
}

export default function DomainLayout({ children }: { children: ReactNode }) {
  return children;
}
