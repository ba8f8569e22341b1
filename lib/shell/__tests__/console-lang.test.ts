import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';
import { virshForEnv } from '../l10n/ja';
import type { ConsoleLang } from '../shell-env';

/** A root shell on kvm1 whose LANG is the page's language; each line sees what the last one left. */
function shell(lang: ConsoleLang) {
  let world = labWorld();
  const run = (line: string) => {
    const r = runConsoleLine({ world, host: 'kvm1', line, now: Date.UTC(2026, 11, 6, 2, 30), lang, l10n: virshForEnv });
    world = r.world;
    return { out: r.stdout, err: r.stderr, status: r.status };
  };
  return { run };
}

describe("the console's language is its shell's LANG", () => {
  it('shows LANG in $LANG, env and printenv', () => {
    const ja = shell('ja');
    expect(ja.run('echo $LANG').out).toBe('ja_JP.UTF-8\n');
    expect(ja.run('printenv LANG HOME').out).toBe('ja_JP.UTF-8\n/root\n');
    expect(ja.run('env').out).toMatch(/^SHELL=\/bin\/bash\n(?:.*\n)*LANG=ja_JP\.UTF-8\n(?:.*\n)*_=\/usr\/bin\/env\n$/);
    expect(shell('en').run('echo $LANG').out).toBe('en_US.UTF-8\n');
    expect(ja.run('printenv NOPE')).toEqual({ out: '', err: '', status: 1 });
  });

  it('prints virsh in Japanese into a pipe, as real virsh with LANG=ja_JP.UTF-8 does', () => {
    const ja = shell('ja');
    const terminal = ja.run('virsh list --all').out;
    expect(terminal.split('\n')[0]).toBe(' Id   名前      状態');
    expect(ja.run('virsh list --all | head -n 3').out).toBe(`${terminal.split('\n').slice(0, 3).join('\n')}\n`);
    // grep sees the Japanese state: the English word is not there to find.
    expect(ja.run('virsh list --all | grep -c 実行中').out).toBe(`${terminal.split('実行中').length - 1}\n`);
    expect(ja.run('virsh list --all | grep running')).toEqual({ out: '', err: '', status: 1 });
    expect(ja.run('virsh dominfo web01 | head -n 2').out).toBe('Id:             1\n名前:         web01\n');
  });

  it('writes Japanese into a file, and its errors into a redirected stderr', () => {
    const ja = shell('ja');
    const shown = ja.run('virsh dominfo web01').out;
    expect(ja.run('virsh dominfo web01 > /root/info.txt').out).toBe('');
    expect(ja.run('cat /root/info.txt').out).toBe(shown);
    expect(shown).toContain('状態:         実行中');
    expect(ja.run('virsh dominfo nope 2> /root/err.txt')).toEqual({ out: '\n', err: '', status: 1 });
    expect(ja.run('cat /root/err.txt').out).toBe("エラー: ドメイン 'nope' の取得に失敗しました\n");
    expect(ja.run('virsh dominfo nope 2>&1 | cat').out).toBe("エラー: ドメイン 'nope' の取得に失敗しました\n\n");
  });

  it('keeps English where the environment says so, and for xl/xm and bash itself', () => {
    const ja = shell('ja');
    expect(ja.run('LANG=C virsh list --all | head -n 1').out).toBe(' Id   Name      State\n');
    expect(ja.run('env LANG=en_US.UTF-8 virsh domstate web01').out).toBe('running\n\n');
    expect(ja.run('LC_ALL=C.UTF-8 virsh domstate web01').out).toBe('running\n\n');
    expect(ja.run('LANGUAGE=en:ja virsh domstate web01').out).toBe('実行中\n\n');
    expect(ja.run('nosuch')).toEqual({ out: '', err: '-bash: nosuch: command not found\n', status: 127 });
    expect(ja.run('env nosuch')).toEqual({ out: '', err: "env: 'nosuch': No such file or directory\n", status: 127 });
    expect(shell('en').run('virsh list --all | grep -c running').out).not.toBe('0\n');
    expect(shell('en').run('LANG=ja_JP.UTF-8 virsh domstate web01').out).toBe('実行中\n\n');
  });

  it('a Japanese line without the catalogue is a bug, not English', () => {
    const world = labWorld();
    expect(() => runConsoleLine({ world, host: 'kvm1', line: 'virsh uri', now: 0, lang: 'ja' })).toThrow(/catalogue/);
  });
});
