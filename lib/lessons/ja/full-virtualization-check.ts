import type { LessonText } from '../i18n';

export const fullVirtualizationCheckJa: LessonText = {
  title: 'このホストで完全仮想化はできるか?',
  concept:
    '改変しない OS の完全仮想化(KVM ゲスト、Xen の HVM ゲスト)には、CPU の仮想化支援機能 — Intel VT-x(フラグ vmx)か AMD-V(フラグ svm)— が有効になっている必要がある。KVM にはさらに kvm.ko と kvm-intel.ko または kvm-amd.ko が必要。Xen は HVM 対応を自身の起動ログ(xm dmesg)で報告する。準仮想化ゲストにはどちらも不要',
  summary:
    'kvm1 と kvm2 で CPU フラグと KVM モジュールを調べ、xen1 と xen2 で HVM が有効か Xen に尋ね、xen2 で HVM ゲストが拒否されるのを見てから xen1 で起動します。',
  goalText: 'HVM ゲスト hvm-lab が、CPU の VT-x が有効な Xen ホスト xen1 で実行中である。',
  hints: [
    'vmx/svm フラグがない: CPU が拡張機能を持っていないか、BIOS/ファームウェアで無効にされています。',
    'kvm_intel/kvm_amd がロードされていなくても、QEMU はソフトウェアで PC 全体をエミュレートできます(TCG)。正しく動きますが、何倍も遅くなります。',
    '準仮想化に CPU の支援は不要です。ゲストのカーネルがハイパーバイザーを直接呼び出します(ハイパーコール)。',
  ],
  steps: {
    'cpu-flags': {
      title: 'vmx か svm を探す',
      instruction:
        'kvm1 で /proc/cpuinfo から仮想化のフラグを探します。**vmx** は Intel VT-x、**svm** は AMD-V です。論理 CPU ごとに1行ずつ出て、1行も出なければハードウェア仮想化がない(または BIOS が隠している)ということです。',
      hint: '拡張正規表現で /proc/cpuinfo からどちらかのフラグを探します。',
    },
    'kvm-intel': {
      title: 'kvm1 の KVM モジュールを一覧する',
      instruction:
        'KVM はカーネルモジュールです。**kvm.ko** が共通部分で、**kvm-intel.ko** または **kvm-amd.ko** がベンダーの拡張機能を扱います(lsmod では kvm_intel / kvm_amd と表示)。kvm1 では kvm_intel で、kvm から使用されています。',
      hint: '読み込まれたカーネルモジュールは短いコマンドで一覧できます。その出力を kvm で絞り込みます。',
    },
    'kvm-amd': {
      title: 'kvm2 でも同じことをする',
      instruction: 'AMD EPYC を積んだ **kvm2** に切り替えて同じことをします。フラグは svm、モジュールは kvm_amd です。',
      hint: 'コンソールを kvm2 に切り替えて、前のステップを繰り返します。',
    },
    'xen1-dmesg': {
      title: 'xen1 で Xen に尋ねる',
      instruction:
        'Xen ホストでは Domain-0 自身がハイパーバイザーのゲストで、/proc/cpuinfo に見えるフラグは絞られていることがあるため、**Xen** に尋ねます。`xm dmesg` はハイパーバイザーの起動メッセージを表示します。**xen1** では `HVM: VMX enabled`(と HAP、ハードウェア支援ページング)を探します。',
      hint: 'Xen 自身の起動ログは、カーネルのリングバッファを読むツールと同じ名前の xm サブコマンドで表示します。',
      none: { virsh: 'libvirt にはハイパーバイザーのログを読む呼び出しがありません' },
    },
    'xen2-dmesg': {
      title: 'xen2 で Xen に尋ねる',
      instruction:
        '次は古い Pentium 4 の **xen2** です。Xen は使える VT-x/AMD-V を見つけられず(`HVM: no hardware support … HVM guests disabled`)、HVM ゲストは動かせません。動かせるのは、Xen 上で動くことを知っているカーネルを持つ準仮想化ゲスト(pv-app など)だけです。',
      hint: 'xen1 と同じコマンドです。HVM の行を探します。',
    },
    'xen2-refuses': {
      title: 'xen2 で HVM ゲストを試す',
      instruction:
        '`/etc/xen/hvm-lab.cfg` は HVM ゲスト(`builder = "hvm"`)を記述しています。xen2 で作成しようとすると、xend は拒否します — *HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?*',
      hint: 'xm は一つのサブコマンドで設定ファイルからゲストを起動します。ステップにあるファイルを渡します。',
    },
    'xen1-creates': {
      title: 'xen1 で作成する',
      instruction: 'ハードウェアが許す場所、つまり **xen1** で作成します。',
      hint: 'xen2 と同じコマンドを、VT-x のある CPU のホストで実行します。',
    },
  },
};
