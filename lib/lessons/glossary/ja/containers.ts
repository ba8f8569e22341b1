import type { TermText } from '../../glossary-i18n';

export const containerTermsJa: Record<string, TermText> = {
  container: {
    term: 'コンテナ(OS レベルの仮想化)',
    aka: ['コンテナー型仮想化', 'OS レベル仮想化'],
    definition:
      'それぞれがカーネルを起動する代わりに、ホストの1つのカーネルを共有する隔離されたプロセスのグループ。仮想マシンより軽く高密度ですが、どのコンテナもホストのカーネルで動きます(Linux ホストで動くのは Linux のコンテナだけ)。Linux では名前空間と cgroups で実現し、OpenVZ、LXC、Docker、systemd-nspawn が実装です。libvirt も LXC コンテナを管理できます(`lxc:///`)。',
  },
  'namespaces-cgroups': {
    term: '名前空間と cgroups',
    aka: ['namespaces', 'コントロールグループ'],
    definition:
      'コンテナを構成する2つのカーネル機能。名前空間はプロセスのグループに、PID、マウントポイント、ネットワークインターフェース、ホスト名、ユーザー、IPC の独自の視点を与え、コントロールグループ(cgroups)は CPU・メモリー・I/O を制限し計上します。libvirt は QEMU ゲストにも cgroups を使います(`virsh schedinfo`、`virsh memtune`)。',
  },
  openvz: {
    term: 'OpenVZ',
    aka: ['Virtuozzo', 'vzctl', 'コンテナ(CT)', 'VE', 'VPS'],
    definition:
      'パッチを当てたカーネル上の Linux 用コンテナ型仮想化。各コンテナ(CT。以前は VE や VPS)が独自のルートファイルシステム、ユーザー、プロセス、ネットワークを持ち、資源は制限されます(user beancounters)。`vzctl create|start|stop|enter|exec|set <CTID>` と `vzlist` で管理し、設定は /etc/vz/vz.conf と /etc/vz/conf/<CTID>.conf です。商用版が Virtuozzo です。',
  },
  lxc: {
    term: 'LXC(Linux Containers)',
    definition:
      '改変していないメインラインのカーネル(名前空間と cgroups)上のコンテナ: `lxc-create -n web -t debian`、`lxc-start`、`lxc-attach`、`lxc-ls --fancy`。設定は /var/lib/lxc/<名前>/config です。libvirt には独自の LXC ドライバーがあり、LXD/Incus は LXC の上に作られています。',
  },
};
