'use client';

import { useTranslations } from 'next-intl';
import type { Question } from '@/lib/drills/types';
import { typedAt } from '@/lib/shell/prompt';
import { Button } from '@/components/ui/Button';
import { DrillOutput } from './DrillOutput';
import { Explanation } from './QuestionPrompt';
import { TryItLink } from './TryItLink';
import type { Result } from './use-drill-session';

/** Right or wrong, the right answer, why, the command that shows it, and the way into the lab. */
export function Feedback({ q, result, onNext }: { q: Question; result: Result; onNext: () => void }) {
  const t = useTranslations('drill');
  const shell = q.kind === 'downtime' ? 'npm run' : null;
  return (
    <section aria-labelledby="drill-verdict" className="space-y-3 border-t border-line pt-3">
      <h3 id="drill-verdict" role="status" className={`font-semibold ${result.right ? 'text-ok' : 'text-danger'}`}>
        {result.right ? t('right') : t('wrong')}
      </h3>
      {!result.right && (
        <div>
          <p className="text-sm">{t('rightAnswer')}</p>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-sunken p-2 font-mono text-sm">
            <DrillOutput kind={q.kind} text={q.choices[q.answer]} />
          </pre>
        </div>
      )}
      <Explanation q={q} />
      <div>
        <p className="text-sm">{t('reproduce')}</p>
        <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-sunken p-2 font-mono text-sm">
          {q.explanation.reproduce
            .map(
              (s) =>
                `${s.atS ? `# ${t('later', { s: s.atS })}\n` : ''}${shell ? `$ ${shell} ${s.line.replace(' ', ' -- ')}` : typedAt(s.host, s.line)}`,
            )
            .join('\n')}
        </pre>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={onNext}>
          {t('next')}
        </Button>
        <TryItLink q={q} />
      </div>
    </section>
  );
}
