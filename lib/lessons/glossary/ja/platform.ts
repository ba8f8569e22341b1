import type { TermText } from '../../glossary-i18n';

export const platformTermsJa: Record<string, TermText> = {
  libvirtd: {
    term: 'libvirtd',
    aka: ['libvirt デーモン'],
    definition:
      'ホスト上の libvirt デーモン。virsh、virt-manager、virt-install はこれと通信し(`qemu:///system`、`xen:///`)、libvirtd がハイパーバイザーを操作して、ドメイン定義を保持し、ストレージプールや仮想ネットワークを動かします。`systemctl status libvirtd`。新しい libvirt ではドライバーごとのデーモン(virtqemud など)に分かれています。設定は /etc/libvirt/libvirtd.conf です。',
  },
  'domain-xml': {
    term: 'ドメイン XML',
    aka: ['ドメイン定義', 'dumpxml'],
    definition:
      'libvirt はドメインを XML で記述します: `<domain type="kvm">` に name、uuid、memory、currentMemory、vcpu、`<os>`、`<devices>`(ディスク、インターフェース、コンソール)。`virsh dumpxml` で表示し(`--inactive` で永続定義)、`virsh define file.xml` で永続ドメインにし、`virsh create file.xml` で一時ドメインとして起動し、`virsh edit` で定義を変更します。',
  },
  'etc-libvirt': {
    term: '/etc/libvirt',
    definition:
      'libvirt の設定ディレクトリー。libvirtd.conf と qemu.conf、永続ドメインの定義 /etc/libvirt/qemu/<名前>.xml、自動起動のリンク /etc/libvirt/qemu/autostart/、ネットワーク /etc/libvirt/qemu/networks/、ストレージプール /etc/libvirt/storage/。libvirtd はファイルを読み直さないので、定義は手で編集せず `virsh edit` で変更します。',
  },
  'storage-pool': {
    term: 'ストレージプールとボリューム',
    aka: ['pool-list', 'vol-list'],
    definition:
      'libvirt はディスク領域をプール(ディレクトリー、LVM ボリュームグループ、iSCSI ターゲット、NFS など)として管理し、その中にボリューム(ゲストのディスクイメージ)を置きます。`virsh pool-list --all`、`pool-define-as`、`pool-start`、`vol-create-as`、`vol-list`。既定のプールはディレクトリー /var/lib/libvirt/images です。',
  },
  'qemu-img': {
    term: 'qemu-img とディスクイメージ形式',
    aka: ['qcow2', 'raw', 'ディスクイメージ'],
    definition:
      '`qemu-img` はディスクイメージの作成・変換・確認を行います: `qemu-img create -f qcow2 disk.qcow2 20G`、`qemu-img info`、`qemu-img convert -O raw`。raw はバイト単位そのままのイメージ、qcow2(QEMU Copy-On-Write)は書き込みに応じて大きくなり、バッキングファイル・スナップショット・圧縮に対応します。',
  },
  'virt-install': {
    term: 'virt-install',
    definition:
      '新しい libvirt ゲストを作成するコマンドラインツール(virtinst)。オプションからドメイン XML を作り、インストールを開始します。例: `virt-install --name web --memory 1024 --vcpus 2 --disk size=10 --cdrom debian.iso --os-variant debian12`。GUI 版が virt-manager です。',
  },
  'virt-clone': {
    term: 'virt-clone',
    definition:
      'libvirt のゲストを複製するツール(virtinst): `virt-clone --original web --name web2 --auto-clone`(新しいディスクごとに `--file` で指定も可)。クローンには新しい名前・UUID・MAC アドレスとディスクのコピーが与えられます。実行中のゲストはコピー中にディスクが変わるため、元のゲストは停止中か一時停止中でなければなりません。',
  },
  'virt-manager': {
    term: 'virt-manager',
    aka: ['仮想マシンマネージャー', 'Virtual Machine Manager'],
    definition:
      'libvirt のデスクトップ向け GUI ツール。ひとつまたは複数の接続(ローカルや `qemu+ssh://`)のゲストを一覧し、ウィザードで作成し(内部では virt-install)、コンソール・性能グラフ・ハードウェアを表示し、マイグレーションも行えます。',
  },
  'virt-viewer': {
    term: 'virt-viewer',
    definition:
      'libvirt ゲストのグラフィカルコンソール(VNC または SPICE)を表示する小さなクライアント: `virt-viewer -c qemu:///system web01`。ディスプレイのアドレスとポートをドメイン XML から調べるので、ポートではなくゲスト名で指定します。',
  },
  'qemu-kvm': {
    term: 'qemu-kvm(qemu-system-x86_64)',
    aka: ['qemu-system-x86_64', 'kvm コマンド', '-enable-kvm'],
    definition:
      'KVM を使って QEMU を手で起動するコマンド: `qemu-kvm`(RHEL。Debian では `kvm` または `qemu-system-x86_64 -enable-kvm`)`-m 512 -smp 2 -hda disk.qcow2 -net nic -net user -monitor stdio`。ゲストは 1 つの QEMU プロセスで、libvirt が起動したものではないため `virsh list` には表示されず、`ps` には表示されます。`-daemonize` でバックグラウンド実行、画面のないサーバーでは `-display none` を付けます。',
  },
  'dev-kvm': {
    term: '/dev/kvm',
    definition:
      'QEMU が KVM を使うためのデバイスファイル。kvm.ko と kvm-intel.ko または kvm-amd.ko がロードされると現れ、高速なゲストを動かすユーザーにはアクセス権(通常は kvm グループ)が必要です。/dev/kvm がなければ、CPU フラグ(vmx/svm)、BIOS の設定、`lsmod | grep kvm` を確認します。',
  },
  'qemu-monitor': {
    term: 'QEMU モニター',
    aka: ['qemu-monitor-command', 'QMP', 'HMP'],
    definition:
      "実行中のゲストを操作する QEMU の制御インターフェース。人が使うモニター(HMP: `info status`、`stop`、`cont`、`savevm`、`quit`。`-monitor stdio` を付けると端末に `(qemu)` プロンプトで現れる)と、libvirt がソケット越しに使う JSON 形式の QEMU Machine Protocol(QMP)があります。libvirt 配下では `virsh qemu-monitor-command <domain> --hmp 'info status'` で使えますが、そこでの変更は libvirt を迂回します。",
  },
  'guest-agent': {
    term: 'QEMU ゲストエージェント',
    aka: ['qemu-ga', 'qemu-guest-agent'],
    definition:
      'ゲスト内で動き(パッケージ qemu-guest-agent)、virtio-serial チャネルでホストに応答するデーモン。一貫したスナップショットのためのファイルシステムのフリーズと解除(`virsh domfsfreeze`)、アドレスの報告(`virsh domifaddr --source agent`)、時刻の設定、確実なシャットダウン(`virsh shutdown --mode agent`)を行います。',
  },
  xentop: {
    term: 'xentop',
    aka: ['xm top', 'xl top'],
    definition:
      'Xen 版の `top`。Domain-0 上で全ドメインの CPU(秒と %)、メモリー、仮想 CPU、ネットワークとブロック I/O をリアルタイムに表示します。`xm top` や `xl top` でも起動します。Domain-0 の普通の `top` に見えるのは Domain-0 のプロセスだけで、ゲストは見えません。',
  },
  xenstore: {
    term: 'XenStore',
    aka: ['xenstored', 'xenstore-ls'],
    definition:
      'Domain-0 の xenstored が管理し、ゲストと共有する小さな階層型のキー・バリューデータベース。ドメイン名と ID、デバイスの設定、分割ドライバーのフロントエンドとバックエンドの接続手順などを保持します。`xenstore-ls`、`xenstore-read /local/domain/0/name`。',
  },
  'dom0-min-mem': {
    term: 'dom0-min-mem と dom0-cpus',
    definition:
      'Domain-0 に関する xend-config.sxp の2つの設定。`(dom0-min-mem 196)` は、ゲストの領域を空けるために xend が Domain-0 をバルーニングで縮小する下限(MiB。0 なら縮小しない)、`(dom0-cpus 0)` は Domain-0 が使う CPU の数(0 ならすべて)です。Xen の起動オプションでは `dom0_mem=` と `dom0_max_vcpus=` にあたります。',
  },
  'xm-xl-subcommands': {
    term: 'xm と xl のサブコマンド',
    definition:
      '`create <cfg>`(設定ファイルから起動)、`list`、`console`、`shutdown`、`reboot`、`destroy`、`pause`/`unpause`、`save`/`restore`、`migrate`、`mem-set`/`mem-max`、`vcpu-set`、`vcpu-pin`、`vcpu-list`、`info`、`dmesg`、`top`、`uptime`。xm にはさらに `new`/`start`/`delete`(xend が管理するドメイン)と `suspend`/`resume`(管理保存)があります。xl は xend なしで同じ名前を使います。',
  },
};
