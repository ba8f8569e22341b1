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
      instruction: 'ゲストにはディスクが必要です。root のホームに小さな qcow2 イメージを作ります。',
      hint: '`qemu-img create -f qcow2 /root/demo.qcow2 2G` と入力します。',
    },
    start: {
      instruction:
        '`qemu-kvm` は KVM で高速化した QEMU です(`qemu-system-x86_64 -enable-kvm`。Debian では `kvm`)。`-m 512` は MiB 単位のメモリー、`-smp 2` は vCPU 数、`-hda` はディスク、`-net nic -net user` は QEMU 内蔵のユーザーモードネットワークにつながる NIC、`-display none` はサーバーに画面がないため、そして `-monitor stdio` でコンソールが QEMU のモニターになり、プロンプトは **(qemu)** になります。',
      hint: '`qemu-kvm -m 512 -smp 2 -hda /root/demo.qcow2 -net nic -net user -display none -monitor stdio` と入力します。',
      none: {
        virsh: 'virsh が起動できるのは libvirt が定義したゲストだけです: `virsh start <name>`',
        xm: 'KVM ホストでは使えません',
        xl: 'KVM ホストでは使えません',
      },
    },
    status: {
      instruction:
        'ゲストの状態を QEMU に尋ねます: `info status`(`help` でモニターのコマンド一覧、`info kvm` で KVM による高速化の有無がわかります)。',
      hint: '(qemu) プロンプトで `info status` と入力します。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    stop: {
      instruction:
        '`stop` はゲストの vCPU を一時停止します。`virsh suspend` も、libvirt がこれと同じモニターを通して行っています。',
      hint: '`stop` と入力し、`info status` で paused になったことを確認します。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    savevm: {
      instruction:
        '`savevm <tag>` はゲスト全体(メモリーとディスク)を内部スナップショットとして **qcow2 ファイルの中に** 保存します(raw ディスクには保存できません)。before-upgrade という名前で取りましょう。',
      hint: '`savevm before-upgrade` と入力します。`info snapshots` で一覧できます。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    quit: {
      instruction: '`quit` で QEMU が(ゲストごと)終了し、コンソールは bash に戻ります。',
      hint: '`quit`(または `q`)と入力します。',
      none: { virsh: monitorOnly, xm: monitorOnly, xl: monitorOnly },
    },
    'virsh-list': {
      instruction:
        'ここで libvirt に尋ねます。`virsh list --all` にあのゲストは一度も現れません。libvirt が一覧するのは、自分で定義または起動したゲストだけです。`qemu-img snapshot -l` では、savevm がディスクに残したスナップショットが見えます。',
      hint: '`virsh list --all` と `qemu-img snapshot -l /root/demo.qcow2` を入力します。',
    },
  },
};
