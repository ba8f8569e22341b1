'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Question } from '@/lib/drills/types';
import { useToolOutput } from '@/lib/browser/tool-output';

const code = (chunks: ReactNode) => <code className="rounded bg-sunken px-1 font-mono text-[0.9em]">{chunks}</code>;

/**
 * A question's values as the page shows virsh: the state and the output (`domstate`) and the
 * error (`refused`) as a Japanese host's virsh prints them on /ja, like the choices (DrillOutput).
 */
function useShown(q: Question, values: Record<string, string>): Record<string, string> {
  const virsh = q.kind === 'domstate' || q.kind === 'refused';
  const { output = '', state = '', error = '' } = values;
  const out = useToolOutput({ line: virsh ? 'virsh' : '', stdout: output, stderr: error });
  const st = useToolOutput({ line: virsh ? 'virsh' : '', stdout: state, stderr: '' });
  if (!virsh) return values;
  return {
    ...values,
    ...(output && { output: out.stdout }),
    ...(error && { error: out.stderr }),
    ...(state && { state: st.stdout }),
  };
}

/** The question's text in the page's language; commands and names stay as they are. */
export function QuestionPrompt({ q }: { q: Question }) {
  const t = useTranslations('drill.kind');
  return <p className="leading-relaxed">{t.rich(`${q.kind}.prompt`, { ...useShown(q, q.values), code })}</p>;
}

/** Why the right answer is right, in the page's language. */
export function Explanation({ q }: { q: Question }) {
  const t = useTranslations('drill.kind');
  const values = useShown(q, { ...q.values, ...q.explanation.values });
  return <p className="leading-relaxed">{t.rich(`${q.kind}.explain`, { ...values, code })}</p>;
}
