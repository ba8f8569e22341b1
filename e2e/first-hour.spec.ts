import { expect, open, test } from './fixtures';

const shots = 'test-results/screenshots';

/**
 * A new user's first hour at a KVM host's console, typed key by key as they would (issue 9 §3): the
 * system URI, a guest copied through its XML, pipes into the text tools, Tab, ↑ and `history`, and
 * what the console refuses — in both languages (a Japanese page shows Japanese virsh).
 */
const locales = [
  {
    lang: 'en',
    path: '/console',
    input: 'Command on kvm1',
    log: 'Console output',
    defined: "Domain 'web02' defined from /root/web02.xml",
    started: "Domain 'web02' started",
    noImage: "error: Failed to start domain 'web02'",
    running: 'running(booted)',
  },
  {
    lang: 'ja',
    path: '/ja/console',
    input: 'kvm1 で実行するコマンド',
    log: 'コンソールの出力',
    defined: "ドメイン 'web02' が /root/web02.xml から定義されました",
    started: "ドメイン 'web02' が開始しました",
    noImage: "エラー: ドメイン 'web02' の起動に失敗しました",
    running: /^実行中/,
  },
];

for (const l of locales)
  test(`the first hour at kvm1's console (${l.lang}): list, dumpxml → sed → define → start, pipes, Tab, history`, async ({
    lab: page,
  }) => {
    await open(page, l.path);
    const input = page.getByRole('textbox', { name: l.input });
    const log = page.getByRole('log', { name: l.log });
    const last = () => log.locator('pre').last();
    const type = async (line: string) => {
      await input.fill(line);
      await input.press('Enter');
      await expect(input).toHaveValue('');
      await expect(log).toContainText(line);
    };

    await type('virsh -c qemu:///system list --all | wc -l');
    // Two heading lines, four guests and virsh's blank line.
    await expect(last()).toHaveText('7');
    await type('virsh -c qemu:///system list --all | head -n 3 | tail -n 1');
    await expect(last()).toHaveText(/^\s*1\s+web01\s+\S+\s*$/);

    await type('virsh dumpxml web01 > /root/web02.xml');
    await type("sed -i 's/web01/web02/g; /<uuid>/d' /root/web02.xml");
    await type('grep -c "<uuid>" /root/web02.xml');
    await expect(last()).toHaveText('0');

    // Tab completes the command, then the file dumpxml wrote.
    await input.fill('virsh defi');
    await input.press('Tab');
    await expect(input).toHaveValue('virsh define ');
    await expect(async () => {
      await input.fill('virsh define /root/web0');
      await input.press('Tab');
      await expect(input).toHaveValue('virsh define /root/web02.xml ', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await input.press('Enter');
    await expect(log).toContainText(l.defined);

    // The copy names web02.qcow2, which nothing made: QEMU's user cannot open it (decision 074).
    await type('virsh start web02');
    await expect(log).toContainText(l.noImage);
    await expect(log).toContainText(
      "Cannot access storage file '/var/lib/libvirt/images/web02.qcow2' (as uid:64055, gid:108)",
    );
    await type('cp /var/lib/libvirt/images/web01.qcow2 /var/lib/libvirt/images/web02.qcow2');
    await type('virsh start web02');
    await expect(log).toContainText(l.started);
    await type('virsh list | grep -c web0');
    await expect(last()).toHaveText('2');

    // The console is not a terminal: virsh says so, in libvirt's words.
    await type('virsh console web02');
    await expect(log).toContainText(
      /Cannot run interactive console without a controlling TTY|TTY を制御せずに対話式コンソールを実行できません/,
    );

    // ↑ brings back the last line; `history` numbers every line typed here, as bash does.
    await input.press('ArrowUp');
    await expect(input).toHaveValue('virsh console web02');
    await input.fill('');
    await type('history | tail -n 2');
    await expect(last()).toHaveText(/^\s+\d+ {2}virsh console web02\n\s+\d+ {2}history \| tail -n 2\s*$/);

    // What bash refuses, with bash's words.
    await type('virsh list >');
    await expect(log).toContainText("-bash: syntax error near unexpected token `newline'");
    await type('vrish list');
    await expect(log).toContainText('-bash: vrish: command not found');

    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(input).toBeInViewport();
      await page.screenshot({ path: `${shots}/first-hour-${l.lang}-${width}.png` });
    }
    await open(page, `${l.lang === 'ja' ? '/ja' : ''}/hosts/kvm1/domains/web02`);
    await expect(page.getByRole('status', { name: /Domain state|ドメインの状態/ })).toHaveText(l.running);
  });
