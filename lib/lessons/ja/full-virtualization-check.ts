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
      instruction:
        'kvm1 で /proc/cpuinfo から仮想化のフラグを探します。**vmx** は Intel VT-x、**svm** は AMD-V です。論理 CPU ごとに1行ずつ出て、1行も出なければハードウェア仮想化がない(または BIOS が隠している)ということです。',
      hint: "`grep -E 'vmx|svm' /proc/cpuinfo` と入力します(`egrep` でも可)。kvm1 は Intel Xeon なので vmx です。",
    },
    'kvm-intel': {
      instruction:
        'KVM はカーネルモジュールです。**kvm.ko** が共通部分で、**kvm-intel.ko** または **kvm-amd.ko** がベンダーの拡張機能を扱います(lsmod では kvm_intel / kvm_amd と表示)。kvm1 では kvm_intel で、kvm から使用されています。',
      hint: '`lsmod | grep kvm` と入力します。',
    },
    'kvm-amd': {
      instruction: 'AMD EPYC を積んだ **kvm2** に切り替えて同じことをします。フラグは svm、モジュールは kvm_amd です。',
      hint: "kvm2 で `lsmod | grep kvm`(と `grep -E 'vmx|svm' /proc/cpuinfo`)と入力します。",
    },
    'xen1-dmesg': {
      instruction:
        'Xen ホストでは Domain-0 自身がハイパーバイザーのゲストで、/proc/cpuinfo に見えるフラグは絞られていることがあるため、**Xen** に尋ねます。`xm dmesg` はハイパーバイザーの起動メッセージを表示します。**xen1** では `HVM: VMX enabled`(と HAP、ハードウェア支援ページング)を探します。',
      hint: 'xen1 で `xm dmesg` と入力します(`xm info` の xen_caps にも hvm-3.0 が並びます)。',
      none: { virsh: 'libvirt にはハイパーバイザーのログを読む呼び出しがありません' },
    },
    'xen2-dmesg': {
      instruction:
        '次は古い Pentium 4 の **xen2** です。Xen は使える VT-x/AMD-V を見つけられず(`HVM: no hardware support … HVM guests disabled`)、HVM ゲストは動かせません。動かせるのは、Xen 上で動くことを知っているカーネルを持つ準仮想化ゲスト(pv-app など)だけです。',
      hint: 'xen2 で `xm dmesg` と入力し、HVM の行を探します。',
    },
    'xen2-refuses': {
      instruction:
        '`/etc/xen/hvm-lab.cfg` は HVM ゲスト(`builder = "hvm"`)を記述しています。xen2 で作成しようとすると、xend は拒否します — *HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?*',
      hint: 'xen2 で `xm create /etc/xen/hvm-lab.cfg` と入力し、エラーを読みます。',
    },
    'xen1-creates': {
      instruction: 'ハードウェアが許す場所、つまり **xen1** で作成します。',
      hint: 'xen1 で `xm create /etc/xen/hvm-lab.cfg` と入力し、続けて `xm list` を実行します。',
    },
  },
};
