/**
 * The CLI's choice of language against real virsh run in each environment (locale-recorded.jsonl):
 * LANG alone, LC_MESSAGES and LC_ALL over it, C ignoring LANGUAGE, LANGUAGE's list, and Japanese
 * in an ASCII charset — byte for byte, through the same function the CLI calls.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { virshForEnv } from '../../lib/shell/l10n/ja';
import { messagesLanguage } from '../../lib/shell/l10n/locale';
import { virshMain } from '../../lib/shell/virsh-main';
import { nodeHostFs } from '../../lib/node/host-fs';
import { localeScenarios } from './locale-scenarios';
import { decodeOut, normaliseJa } from './run';

type Run = { env: Record<string, string>; line: string; stdout: string; stderr: string; status: number };
const recorded = readFileSync(new URL('locale-recorded.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Run);

describe('virsh chooses its language as gettext does: VirtLab vs real virsh 9.0.0 in each locale', () => {
  it('has a recording for every scenario', () => {
    expect(recorded.map(({ env, line }) => ({ env, line }))).toEqual(localeScenarios);
  });

  for (const real of recorded) {
    const env = Object.entries(real.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    it(`${env} virsh '${real.line}'`, () => {
      const r = virshMain({ argv: ['-c', 'test:///default', real.line], fs: nodeHostFs('/tmp'), now: Date.now() });
      const out = virshForEnv(real.env, decodeOut(r));
      expect(normaliseJa(out.stdout)).toBe(real.stdout);
      expect(normaliseJa(out.stderr)).toBe(real.stderr);
      expect(r.status).toBe(real.status);
    });
  }

  it('some scenarios print Japanese and some English, so the comparison tells them apart', () => {
    const languages = new Set(recorded.map((r) => messagesLanguage(r.env)));
    expect([...languages].sort()).toEqual(['en', 'ja']);
  });
});
