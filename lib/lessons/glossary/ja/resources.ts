import type { TermText } from '../../glossary-i18n';

export const resourceTermsJa: Record<string, TermText> = {
  vcpu: {
    term: '仮想 CPU(vCPU)',
    aka: ['vCPU'],
    definition:
      "ゲストからプロセッサーとして見える仮想的な CPU。KVM では各仮想 CPU は QEMU プロセスのスレッドで、ホストがほかのスレッドと同様にスケジュールします。Xen ではハイパーバイザーが仮想 CPU を物理 CPU にスケジュールします。`<vcpu current='2'>4</vcpu>` は最大 4 個、オンラインは 2 個の意味です。`virsh setvcpus` はオンラインの数を変え(最大値は超えられない)、`xm vcpu-set` / `xl vcpu-set` も同様です。",
  },
  'vcpu-pinning': {
    term: '仮想 CPU のピニング(CPU アフィニティ)',
    aka: ['アフィニティ', 'vcpupin', 'CPU ピニング'],
    definition:
      '仮想 CPU が動ける物理 CPU の集合(アフィニティ)を制限すること。`virsh vcpupin vm1 1 2` は vm1 の仮想 CPU 1 を物理 CPU 2 だけで動かします(`xm vcpu-pin`、`xl vcpu-pin`)。ゲストを1つの NUMA ノードにとどめたり、ほかが必要とする CPU から離したりするために使います。`virsh vcpuinfo` が各仮想 CPU のアフィニティマップ(y = 許可)を表示し、`--config` を付けるとピニングが定義に保存されます。',
  },
  balloon: {
    term: 'メモリーバルーン',
    aka: ['バルーニング', 'virtio-balloon'],
    definition:
      'ゲスト内のドライバー(KVM では virtio-balloon、Xen ゲストではバルーンドライバー)で、ホストの依頼でゲスト OS からメモリーを確保してホストに渡したり、返したりします。これにより実行中のゲストのメモリーを最大値の範囲で増減できます。`virsh setmem`、`xm mem-set`、`xl mem-set` はバルーンの目標値、つまり現在のメモリーを設定します。',
  },
  'current-memory': {
    term: '現在のメモリー(currentMemory)',
    definition:
      '`<currentMemory>`: ゲストが今持っているメモリーで、バルーンの目標値です(`virsh dominfo` の「使用メモリー」/Used memory)。実行中は `virsh setmem --live` で最大値まで変更でき、`--config` は起動時の値を設定します。',
  },
  'maximum-memory': {
    term: '最大メモリー(memory)',
    definition:
      '`<memory>`: 今回の起動中にゲストが持てるメモリーの上限(`virsh dominfo` の「最大メモリー」/Max memory)。現在のメモリーがこれを超えることはありません。`virsh setmaxmem` で変更しますが、QEMU/KVM では設定のみで、次の起動から有効です(*cannot resize the maximum memory on an active domain*)。Xen では実行中に増やせます(`xm mem-max`)。',
  },
  'live-vs-config': {
    term: '--live、--config、--current',
    definition:
      'virsh の変更をどこに適用するか。`--live` は実行中のドメインだけ(シャットダウンで消える)、`--config` は保存された定義だけ(次の起動から使われる)、両方指定すれば両方、既定の `--current` はそのときの状態に応じて(実行中ならライブ、停止中なら設定)適用します。reboot では設定は読み直されず、shutdown して start すると読み直されます。',
  },
  overcommit: {
    term: 'オーバーコミット',
    definition:
      'ホストが持つ以上の資源をゲストに割り当てること。物理 CPU より多い仮想 CPU(順番に動く)や、RAM より多いメモリー(全ゲストが使い切らないことを見込み、バルーニング・ページ共有・スワップで差を埋める)。アイドルなゲストなら問題ありませんが、負荷がかかると CPU 時間を奪い合ったり、スワップや OOM キラーの危険があります。',
  },
};
