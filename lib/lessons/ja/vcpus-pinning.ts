import type { LessonText } from '../i18n';

export const vcpusPinningJa: LessonText = {
  title: 'setvcpus と vcpupin: 仮想 CPU、物理 CPU、アフィニティ',
  concept:
    'ゲストの仮想 CPU は、ホストが物理 CPU 上でスケジュールするスレッド。setvcpus はオンラインの数を(<vcpu> の最大値まで)変え、vcpupin は1つの仮想 CPU が動ける物理 CPU(アフィニティ)を制限する',
  summary:
    'web01 の仮想 CPU を 2 個から 3 個に増やし、実行中のゲストと設定の両方で仮想 CPU 1 を物理 CPU 2 にピン留めして、アフィニティを読み返します。',
  goalText:
    'web01 が仮想 CPU 3 個で動いていて(ライブと設定の両方)、その仮想 CPU 1 が物理 CPU 2 にピン留めされている(ライブと設定の両方)。',
  hints: [
    'CPU リストの書き方: `2`、`0-3`、`0-3,^1`(1 以外)、`r`(現在のマップを反転)。',
    'kvm1 の db01 は、すべての仮想 CPU が1対1でピン留めされたゲストの例です(`virsh vcpupin db01`)。',
  ],
  steps: {
    setvcpus: {
      title: 'web01 に vCPU を 3 つ与える',
      instruction:
        'web01 は仮想 CPU を最大 **4** 個(最大値)まで持てて、オンラインは **2** 個です(`virsh vcpucount web01`)。3 個目を今すぐ、そして毎回の起動時にもオンラインにします。`--live --config` で両方に適用されます。',
      hint: 'vCPU の数を設定するサブコマンドです。今すぐと定義の両方に適用します。',
    },
    'vcpupin-live': {
      title: 'vCPU 1 をホスト CPU 2 に固定する',
      instruction:
        'kvm1 には物理 CPU が 8 個(0–7)あります。既定ではどの仮想 CPU もそのどれでも動けます。web01 の**仮想 CPU 1** を**物理 CPU 2** にピン留めします: `virsh vcpupin vm vcpu cpulist`。実行中のドメインでは、ライブのアフィニティだけが変わります。',
      hint: 'ピン留めのサブコマンドには、ドメイン、vCPU 番号、ホスト CPU のリストを渡します。',
    },
    'vcpupin-config': {
      title: 'ピン留めを定義に残す',
      instruction:
        "コールドブートしてもピン留めが残るようにします。同じコマンドに `--config` を付けると、定義に `<vcpupin vcpu='1' cpuset='2'/>` が書き込まれます。",
      hint: '同じピン留めを定義に適用します。',
    },
    vcpuinfo: {
      title: 'vCPU の配置を読む',
      instruction:
        '読み返します。`virsh vcpuinfo web01` は各仮想 CPU が今いる物理 CPU とアフィニティマップ(`--y-----`: CPU 2 だけ)を表示し、`virsh vcpupin web01` はアフィニティを CPU リストで表示します。',
      hint: '各 vCPU とそのアフィニティを表示するサブコマンドです。',
    },
  },
};
