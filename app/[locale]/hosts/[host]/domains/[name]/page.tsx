'use client';

import { useParams } from 'next/navigation';
import { DomainPage } from '@/components/domain/DomainPage';

/** Route params arrive percent-encoded from the URL; domain names may hold any character. */
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export default function Page() {
  const { host, name } = useParams<{ host: string; name: string }>();
  return <DomainPage key={`${host}/${name}`} host={decode(host)} name={decode(name)} />;
}
