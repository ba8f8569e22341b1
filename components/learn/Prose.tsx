import { Fragment } from 'react';
import { inlineTokens, paragraphs } from '@/lib/lessons/markup';

/** One line of lesson text: `code`, **bold**, *a message as the tool prints it*. */
export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineTokens(text).map((t, i) => {
        if (t.kind === 'code')
          return (
            <code key={i} className="rounded bg-sunken px-1 py-px font-mono text-[0.9em] command-wrap">
              {t.text}
            </code>
          );
        if (t.kind === 'strong')
          return (
            <strong key={i} className="font-semibold">
              {t.text}
            </strong>
          );
        if (t.kind === 'em') return <em key={i}>{t.text}</em>;
        return <Fragment key={i}>{t.text}</Fragment>;
      })}
    </>
  );
}

/**
 * A title as plain text, with each option (`--live`, `-r`) kept on one line: a browser breaks a line
 * after a hyphen, and "without --" / "live" teaches a flag that does not exist.
 */
export function KeepOptions({ text }: { text: string }) {
  return (
    <>
      {text.split(/(?<=^|\s)(--?[A-Za-z][\w-]*)/).map((part, i) =>
        i % 2 ? (
          <span key={i} className="whitespace-nowrap">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** Lesson or glossary text as paragraphs. */
export function Prose({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`flex flex-col gap-2 ${className}`}>
      {paragraphs(text).map((p, i) => (
        <p key={i}>
          <Inline text={p} />
        </p>
      ))}
    </div>
  );
}
