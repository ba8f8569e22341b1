import { useTranslations } from 'next-intl';

const code = (c: React.ReactNode) => <code>{c}</code>;
const items = ['offline', 'live', 'stops', 'libvirtOffline', 'xenNames'] as const;

/** What the learner sees, in the study guide's words, and the libvirt flag that shares the name. */
export function ExplainPanel() {
  const t = useTranslations('compare.explain');
  return (
    <section
      aria-labelledby="explain-title"
      className="rounded-lg border border-line bg-panel p-4 text-sm leading-relaxed"
    >
      <h2 id="explain-title" className="mb-2 text-base font-semibold">
        {t('title')}
      </h2>
      <dl className="flex flex-col gap-3">
        {items.map((k) => (
          <div key={k}>
            <dt className="font-medium">{t.rich(`${k}.term`, { code })}</dt>
            <dd className="text-muted">{t.rich(`${k}.text`, { code })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
