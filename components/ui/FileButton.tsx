'use client';

import { useRef } from 'react';
import { Button } from './Button';

interface Props {
  /** What the file is ("Lesson file"): the input's own name, by which a test or a screen reader finds it. */
  label: string;
  /** The button's words, in the page's language ("Choose a lesson file…"). */
  choose: string;
  accept: string;
  onFile: (file: File) => void;
}

/**
 * A file picker in the page's language: the browser's own input says "Choose File" / "No file chosen"
 * in the browser's language whatever the page's, so it is hidden and a real button opens it. The
 * input keeps its name; the button says what it picks.
 */
export function FileButton({ label, choose, accept, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" onClick={() => input.current?.click()}>
        {choose}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
