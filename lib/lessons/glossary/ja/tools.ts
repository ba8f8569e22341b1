import type { TermText } from '../../glossary-i18n';

export const toolTermsJa: Record<string, TermText> = {
  libvirt: {
    term: 'libvirt',
    definition:
      '多くのハイパーバイザー(QEMU/KVM、Xen、LXC、組み込みのテストドライバーなど)の仮想マシンを、1つの API とドメインを表す1つの XML 形式で管理するライブラリーとデーモン(libvirtd)。virsh、virt-manager、OpenStack はこの上に作られています。',
  },
  virsh: {
    term: 'virsh',
    definition:
      'libvirt のコマンドラインシェル: `virsh [-c URI] <command>`。どのハイパーバイザーでも同じ言葉を使います — list、start、shutdown、destroy、suspend、resume、save、restore、managedsave、setmem、setvcpus、vcpupin、migrate … サイズの単位は既定で KiB です。',
  },
  'connection-uri': {
    term: 'libvirt の接続 URI',
    definition:
      'libvirt がハイパーバイザーへの接続を指定する書式: `driver[+transport]://[user@][host]/path`。`qemu:///system` はローカルのシステム QEMU/KVM デーモン、`qemu+ssh://kvm2.lab/system` は ssh 経由の kvm2 の同じもの、`xen:///` はローカルの Xen、`test:///default` は libvirt 組み込みのテストドライバーです。`virsh -c URI` で選び、`virsh uri` で表示します。`virsh migrate` の移行先も URI で指定します。',
  },
  xm: {
    term: 'xm',
    definition:
      'Xen の xend ツールスタック(Xen 4.4 まで)のコマンドラインツール: `xm list`、`xm create <cfg>`、`xm migrate`、`xm mem-set`(MiB)、`xm pause` / `xm unpause`、`xm save` / `xm restore`、`xm dmesg` … 要求はすべて xend デーモンに送られます。注意: `xm suspend` は一時停止ではなく xend の管理保存です。Xen 4.5 で削除され、xl に置き換えられました。',
  },
  xl: {
    term: 'xl',
    definition:
      'Xen の libxl ツールスタックのコマンドラインツール。xm の後継で、Xen 4.5 以降は唯一の後継です。サブコマンドはほぼ xm と同じですが、デーモンを介さず libxl を直接呼びます。サイズの単位は既定で MiB、`xl migrate` は ssh 経由で常にライブです。Xen 4.4 の xl は、xend が動いている間は `-f` なしではドメインを変更するコマンドを拒否します。',
  },
  toolstack: {
    term: 'ツールスタック',
    definition:
      'Domain-0 で動く、Xen ハイパーバイザーの上の管理層。xend と xm(Python、Xen 4.4 まで)、libxl と xl、または libvirt の libxl ドライバー。それぞれが独自にドメインを記録するため、1台のホストは1つのツールスタックで管理します。',
  },
  xend: {
    term: 'xend',
    definition:
      'xm ツールスタックのデーモン(Xen 3.x ~ 4.4)。xm が通信する Domain-0 上の Python サービスで、ドメインの作成・追跡・保存・マイグレーションを行い、リロケーションサーバーを動かします。起動時に /etc/xen/xend-config.sxp を読み込みます(`/etc/init.d/xend restart`)。',
  },
  'xend-config-sxp': {
    term: 'xend-config.sxp',
    definition:
      "/etc/xen/xend-config.sxp: xend の設定ファイルで、S 式で1行に1つ `(name value)` と書きます。マイグレーション関連: `xend-relocation-server`(yes/no: 受け入れるか。Xen の出荷時は no)、`xend-relocation-port`(8002)、`xend-relocation-address`('' はすべてのアドレス)、`xend-relocation-hosts-allow`(空白区切りの正規表現。接続元のホスト名かアドレスがどれかに一致する必要があり、'' は全許可)。ほかに dom0-min-mem、dom0-cpus、enable-dump など。xend の起動時に読まれます。",
  },
  relocation: {
    term: 'リロケーション(xm migrate)',
    aka: ['xend リロケーションサーバー', '再配置'],
    definition:
      "xm ツールスタックでのマイグレーション。`xm migrate [--live] <domain> <host>` は、移行先の xend のリロケーションサーバー(TCP ポート 8002)にドメインを送ります。決めるのは**移行先の** xend-config.sxp です。サーバーが無効かポートが違えば *can't connect: [Errno 111] Connection refused*、移行元が hosts-allow に一致しなければ移行先が接続を切り、xm は xc_save の失敗を報告します。通信は認証も暗号化もされません。",
  },
  'domain-0': {
    term: 'Domain-0(dom0)',
    aka: ['ドメイン0', '管理ドメイン'],
    definition:
      'Xen で起動時にハイパーバイザーが最初に起動する特権ドメイン。物理デバイスのドライバーとゲストの分割ドライバーのバックエンドを持ち、ほかのドメインを作成・管理するツールスタックを実行します。ID は常に 0 で、`xm list` では Domain-0 と表示されます。',
  },
  'domain-u': {
    term: 'Domain-U(domU)',
    aka: ['ドメインU', 'ゲストドメイン'],
    definition:
      'Xen の特権を持たないゲストドメイン。Domain-0 以外のすべてです。ディスクやネットワークには Domain-0 のバックエンドドライバー経由(PV)か、QEMU がエミュレートするデバイス経由(HVM)でアクセスします。',
  },
  xendomains: {
    term: 'xendomains と /etc/xen/auto',
    definition:
      'xm/xl ホストの init スクリプト。起動時に /etc/xen/auto にある設定ファイル(慣例では /etc/xen/<名前>.cfg へのシンボリックリンク)のドメインをすべて起動し、ホストの停止時に保存またはシャットダウンします。Xen の自動起動です: `ln -s /etc/xen/web.cfg /etc/xen/auto/`。',
  },
};
