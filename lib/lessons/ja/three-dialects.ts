import type { LessonText } from '../i18n';

export const threeDialectsJa: LessonText = {
  title: '1つの作業を3つの方言で: virsh、xm、xl',
  concept:
    '同じ管理操作を3つのツールで: virsh(libvirt、どのハイパーバイザーでも)、xm(Xen の xend ツールスタック、Xen 4.5 で削除)、xl(libxl、その後継)。既定の単位や流儀が異なる',
  summary:
    'xen1 の pv-web のメモリーを、それぞれの方言で1回ずつ計3回変更し、どれも同じバルーンを操作していること、ただしサイズの読み方が違うことを確かめます。',
  goalText: 'xen1 の pv-web のメモリーが、virsh と xm に続いて最後に xl で設定した 640 MiB になっている。',
  hints: [
    '既定の単位: virsh は KiB、xm は MiB、xl は MiB。接尾辞(K、M、G)を付ければ迷いません。',
    '名前に注意: `xm pause` = `virsh suspend` = `xl pause`。`xm suspend` は管理保存です。',
    'コンソール画面では、各 virsh コマンドに対応する xm と xl のコマンドが表示されます。',
  ],
  steps: {
    'virsh-setmem': {
      title: 'virsh でメモリーを設定する',
      instruction:
        'xen1 の準仮想化ゲスト pv-web のメモリーは 1024 MiB です。**virsh** で 768 MiB に設定します。virsh は単位のない数値を **KiB** と読むので、768 MiB は `786432` です(または `768M` と書きます)。',
      hint: 'virsh は接尾辞のないサイズを KiB として読みます。768 MiB は 768 × 1024 です。',
    },
    'xm-mem-set': {
      title: 'xm で設定する',
      instruction:
        'Xen 4.4 までの xend ツールスタックである **xm** で 512 MiB に設定します。`xm mem-set` は数値を **MiB** と読みます。',
      hint: 'xm のサブコマンド名にはハイフンが入り、単位は MiB です。',
    },
    'xl-mem-set': {
      title: 'xl で設定する',
      instruction:
        'Xen 4.5 で xm を置き換えた libxl のツール **xl** で 640 MiB に設定します(`xl mem-set` も MiB と読みますが、`640m` と書けば明確です)。この Xen 4.4 ホストでは xend が動いており、その間 xl はドメインを変更するコマンドを拒否します。1つのハイパーバイザーを2つのツールスタックで管理すると食い違うからです。この演習では `-f` でチェックを無効にしますが、実際のホストではツールスタックを1つだけ使います。',
      hint: 'xm と同じサブコマンドです。xend が動いている間、xl にはその前に強制オプションが必要です。',
    },
    'compare-lists': {
      title: '一覧を比べる',
      instruction:
        'それぞれの方言でドメインを一覧し(`virsh list`、`xm list`、`xl list`)、pv-web の 640 MiB を見つけます。xm と xl には **Domain-0** も表示されます。ツールスタックとデバイスドライバーを動かす特権ドメインです。',
      hint: 'xm(と xl)でドメインを一覧します。',
    },
  },
};
