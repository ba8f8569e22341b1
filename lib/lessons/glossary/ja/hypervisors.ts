import type { TermText } from '../../glossary-i18n';

export const hypervisorTermsJa: Record<string, TermText> = {
  hypervisor: {
    term: 'ハイパーバイザー',
    aka: ['仮想マシンモニター', 'VMM'],
    definition:
      '仮想マシンを作成し実行するソフトウェア。物理マシンの CPU・メモリー・デバイスを複数のゲストで共有させ、ゲスト同士を互いに隔離します。',
  },
  'hypervisor-type-1': {
    term: 'タイプ1(ベアメタル型)ハイパーバイザー',
    aka: ['ネイティブ型'],
    definition:
      '汎用 OS を介さず、ハードウェア上で直接動作するハイパーバイザー。Xen(最初に起動し、Domain-0 さえもゲストとして動かす)、VMware ESXi、Microsoft Hyper-V など。KVM も Linux カーネル自体をハイパーバイザーにするため、通常はこちらに分類されます。',
  },
  'hypervisor-type-2': {
    term: 'タイプ2(ホスト型)ハイパーバイザー',
    definition:
      'ハードウェアを管理する通常の OS の上で、アプリケーションとして動作するハイパーバイザー。VirtualBox、VMware Workstation、単体の QEMU(純粋なソフトウェアエミュレーション)など。KVM では境界があいまいで、QEMU は普通のプロセスですが仮想化はカーネルが行います。',
  },
  'full-virtualization': {
    term: '完全仮想化',
    aka: ['フルバーチャライゼーション'],
    definition:
      'ゲストには CPU・メモリー・ファームウェア・デバイスを備えた完全な仮想 PC が見え、ゲスト OS は**改変なし**で、仮想化されていることを意識せずに動作します(Windows や通常の Linux)。x86 では CPU の仮想化支援機能(Intel VT-x、AMD-V)で実現し、それ以前はバイナリートランスレーションや完全なエミュレーションが必要でした。KVM のゲストと Xen の HVM ゲストは完全仮想化です。',
  },
  paravirtualization: {
    term: '準仮想化(PV)',
    aka: ['パラバーチャライゼーション'],
    definition:
      'ゲストのカーネルを**改変**し、ハイパーバイザー上で動くことを前提にする方式。特権命令の代わりにハイパーコールを呼び、エミュレートされたハードウェアではなく分割ドライバー(ゲスト側のフロントエンドと Domain-0 側のバックエンド)を使います。CPU の仮想化支援機能は不要なので、Xen の PV ゲストは VT-x/AMD-V のない CPU でも動きますが、このインターフェースに移植された OS(Linux、NetBSD)しか動かせません。libvirt では Xen の PV ゲストの OS タイプは `xen`(古い表記では `linux`)です。',
  },
  hvm: {
    term: 'HVM(ハードウェア仮想マシン)',
    definition:
      'Xen における完全仮想化ゲストの呼び名。VT-x または AMD-V と、PC をエミュレートする QEMU のデバイスモデルを使って動きます。xm の設定ファイルでは `builder = "hvm"`(xl では `type = "hvm"`)で指定します。対応ホストでは `xm dmesg` に `HVM: VMX enabled`(または SVM)と出て、`xm info` の xen_caps に hvm が並びます。支援機能がなければ xend は *HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?* と拒否します。libvirt は KVM も含め、完全仮想化ゲストすべてに `<os><type>hvm</type>` と書きます。',
  },
  'vt-x-amd-v': {
    term: 'Intel VT-x と AMD-V(vmx、svm)',
    aka: ['vmx', 'svm', 'ハードウェア支援仮想化', '仮想化支援機能'],
    definition:
      '完全仮想化のための x86 CPU の拡張機能。Intel VT-x(CPU フラグ **vmx**)と AMD-V(フラグ **svm**、Secure Virtual Machine に由来)。ゲストモードを追加し、ハイパーバイザーが処理すべき命令で制御を取り戻せるようにします。CPU が対応しているかは `grep -E \'vmx|svm\' /proc/cpuinfo` で確認します。ファームウェア(BIOS/UEFI)で無効にされていると、KVM はロードを拒否し("disabled by bios")、Xen は HVM 非対応と報告します。Xen ホストでは Domain-0 自身がゲストでフラグが見えないことがあるため、Xen に尋ねます(`xm dmesg`、`xm info`)。',
  },
  'ept-npt': {
    term: 'EPT / NPT(第2レベルアドレス変換)',
    aka: ['HAP', 'RVI', 'SLAT'],
    definition:
      'ゲスト物理アドレスからホスト物理アドレスへの変換を、ハイパーバイザーが管理するテーブルを使って CPU 自身が行う機能。ハイパーバイザーがゲストのページテーブルごとにシャドーコピーを持つ必要がなくなります。Intel では EPT(フラグ ept)、AMD では NPT または RVI(フラグ npt)、Xen では HAP(Hardware Assisted Paging)と呼びます。',
  },
  kvm: {
    term: 'KVM(Kernel-based Virtual Machine)',
    definition:
      'VT-x/AMD-V を使って Linux をハイパーバイザーにする Linux カーネルの機能。各ゲストは普通の QEMU プロセスで、仮想 CPU はそのスレッドです。KVM がゲストのコードを CPU 上で実行し、QEMU がデバイスをエミュレートします。libvirt は qemu ドライバー(`qemu:///system`)で KVM を操作します。',
  },
  'kvm-modules': {
    term: 'kvm.ko、kvm-intel.ko、kvm-amd.ko',
    aka: ['KVM カーネルモジュール'],
    definition:
      'KVM はカーネルモジュールとして提供されます。/dev/kvm を提供する共通部分の **kvm.ko** と、ベンダー別モジュール(VT-x 用の **kvm-intel.ko** または AMD-V 用の **kvm-amd.ko**)です。`lsmod` では kvm_intel / kvm_amd と表示され、kvm はベンダーモジュールから使用されています("Used by")。`modprobe kvm_intel` でロードします。ベンダーモジュールがないと /dev/kvm はなく、libvirt は `<domain type=\'kvm\'>` を拒否し、素の QEMU は低速なソフトウェアエミュレーション(TCG)になります。',
  },
  qemu: {
    term: 'QEMU',
    definition:
      'マシンエミュレーター。CPU を TCG バイナリートランスレーターで、ディスク・ネットワークカード・ファームウェアも含めて PC 全体をエミュレートします。KVM と組み合わせるとゲストのコードはカーネルがネイティブに実行し、QEMU はデバイスのエミュレーションだけを受け持ちます。libvirt は実行中のゲスト1台につき qemu-system-x86_64 プロセスを1つ起動します。Xen の HVM ゲストもデバイスモデルとして QEMU を使います。',
  },
  xen: {
    term: 'Xen',
    definition:
      'どの OS よりも先に起動するタイプ1ハイパーバイザー。最初に起動するゲストである Domain-0 がデバイスドライバーを持ち、ツールスタックを実行します。準仮想化ゲストはどの x86 CPU でも、HVM ゲストは VT-x/AMD-V 対応 CPU で動作します。',
  },
};
