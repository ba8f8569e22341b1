import type { LessonText } from '../i18n';

const monitorOnly = 'これは QEMU 自身のモニターです。libvirt(や xm/xl)は関わりません';

export const qemuWithoutLibvirtJa: LessonText = {
  title: 'libvirt を使わない QEMU: qemu-kvm とモニター、そして virsh に見えない理由',
  concept:
    'QEMU は単独でゲストを実行できる: qemu-kvm(qemu-system-x86_64 -enable-kvm)に -m、-smp、-hda、-net を付けて起動し、-monitor stdio でヒューマンモニター(info status、stop、cont、savevm)を使う。libvirt は自分が起動したゲストしか知らないため、このゲストは virsh list に表示されないが、ps には表示される',
  summary:
    'kvm1 で QEMU ゲストを手で起動してモニターをコンソールに出し、一時停止・再開し、qcow2 ディスクにスナップショットを保存して終了し、virsh がそのゲストを一度も一覧しなかったことを確かめます。',
  goalText:
    '手で起動した QEMU ゲストをモニターから一時停止してスナップショットを取り、virsh list はそのゲストを知らなかった。',
  hints: [
    '`-monitor stdio` の代わりに `-daemonize` を付けると QEMU はバックグラウンドで動きます。`ps aux` では libvirt のゲスト(ユーザー libvirt-qemu、libvirt+ と表示)と並んで root のプロセスとして表示され、`kill <pid>` で終了できます。',
    '`-display none` を付けないと QEMU はウィンドウを開こうとし、画面のないサーバーでは「gtk initialization failed」で失敗します。',
  ],
  steps: {
    disk: {
      title: '小さなディスクを作る',
      instruction: 'ゲストにはディスクが必要です。root のホームに小さな qcow2 イメージを作ります。',
      hint: 'イメージを作る qemu-img のサブコマンドです。形式、パス、サイズを渡します。',
    },
    start: {
      title: 'QEMU を手で起動する',
      instruction:
        '`qemu-kvm` は KVM で高速化した QEMU です(`qemu-system-x86_64 -enable-kvm`。Debian では `kvm`)。`-m 512` は MiB 単位のメモリー、`-smp 2` は vCPU 数、`-hda` はディスク、`-net nic -net user` は QEMU 内蔵のユーザーモードネットワークにつながる NIC、`-display none` はサーバーに画面がないため、そして `-monitor stdio` でコンソールが QEMU のモニターになり、プロンプトは **(qemu)** になります。',
      hint: 'qemu-kvm にはメモリー(-m)、CPU(-smp)、ディスク(-hda)、ユーザーモードのネットワーク、表示なし、標準入出力のモニターを指定します。',
      none: {
        virsh: 'virsh が起動できるのは libvirt が定義したゲストだけです: `virsh start <name>`',
        xm: 'KVM ホストでは使えません',
        xl: 'KVM ホストでは使えません',
      },
    },
    status: {
      title: 'モニターに尋ねる',
      instruction:
        'ゲストの状態を QEMU に尋ねます: `info status`(`help` でモニターのコマンド一覧、`info kvm` で KVM による高速化の有無がわかります)。',
      hint: '(qemu) プロンプトで、`info` の後に知りたいもの(実行状態)を続けます。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    stop: {
      title: 'ゲストを一時停止する',
      instruction:
        '`stop` はゲストの vCPU を一時停止します。`virsh suspend` も、libvirt がこれと同じモニターを通して行っています。',
      hint: 'モニターで一時停止する語は短く、`cont` の反対です。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    savevm: {
      title: 'スナップショットを取る',
      instruction:
        '`savevm <tag>` はゲスト全体(メモリーとディスク)を内部スナップショットとして **qcow2 ファイルの中に** 保存します(raw ディスクには保存できません)。before-upgrade という名前で取りましょう。',
      hint: 'VM の状態を保存するモニターコマンドに、タグ before-upgrade を渡します。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    quit: {
      title: 'QEMU を終了する',
      instruction: '`quit` で QEMU が(ゲストごと)終了し、コンソールは bash に戻ります。',
      hint: 'QEMU を終わらせるモニターコマンドです。頭文字一文字でも動きます。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    'virsh-list': {
      title: 'libvirt が知っているものを見る',
      instruction:
        'ここで libvirt に尋ねます。`virsh list --all` にあのゲストは一度も現れません。libvirt が一覧するのは、自分で定義または起動したゲストだけです。`qemu-img snapshot -l` では、savevm がディスクに残したスナップショットが見えます。',
      hint: 'virsh ですべてのドメインを一覧します。qemu-img でイメージのスナップショットも一覧できます。',
    },
  },
};
