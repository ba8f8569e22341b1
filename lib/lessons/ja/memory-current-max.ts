import type { LessonText } from '../i18n';

export const memoryCurrentMaxJa: LessonText = {
  title: 'setmem と setmaxmem: 現在のメモリーと最大メモリー、--live と --config',
  concept:
    '最大メモリー(<memory>)はゲストの実行中は固定。現在のメモリー(<currentMemory>)はバルーンの目標値で、最大値まで動かせる。--live は実行中のゲストを、--config は次の起動で使う定義を変更する',
  summary:
    'web01 のメモリーをライブで 3 GiB までバルーニングし、上限にぶつかったら設定で最大値を上げ、コールドブートして新しい最大値を有効にします。',
  goalText: 'web01 が最大メモリー 6 GiB、現在のメモリー 5 GiB で実行中である。',
  hints: [
    '--live は実行中のゲストだけ、--config は定義だけ、両方指定すれば両方、どちらもなし(--current)ならそのときの状態に応じてどちらか一方です。',
    'サイズ: virsh の既定の単位は KiB(接尾辞 K、M、G は 1024 のべき乗)、xm と xl は MiB です。',
    'ホストが持つ以上のメモリーをゲストに約束するのがオーバーコミットです。バルーンは、使っていないゲストからホストがメモリーを取り戻す仕組みです。',
  ],
  steps: {
    'setmem-live': {
      title: '現在のメモリーを減らす',
      instruction:
        'web01 のメモリーは**最大 4 GiB**、**現在 2 GiB** です(`virsh dominfo web01` の「最大メモリー」と「使用メモリー」)。実行中のゲストに 3 GiB を与えます。`setmem --live` はゲストのバルーンドライバーに、最大値の範囲でメモリーを返すか受け取るよう依頼します。保存された定義は 2 GiB のままです。',
      hint: '現在のメモリーを設定するサブコマンドです。単位付きのサイズを渡し、実行中のゲストに適用します。',
    },
    'hit-ceiling': {
      title: '上限にぶつかる',
      instruction:
        'ライブで 6 GiB を試すと、libvirt は拒否します — *メモリーは最大メモリー以上にセットできません*(cannot set memory higher than max memory)。バルーンが貸し戻せるのは最大値が許す分だけです。',
      hint: '同じサブコマンドで上限より多く要求します。',
    },
    'setmaxmem-config': {
      title: '定義の上限を上げる',
      instruction:
        'QEMU/KVM のゲストの最大値は実行中には変えられません(*動作中のドメインにおいて最大メモリーの容量を変更できません*)が、**設定**なら変えられます。`--config` で最大値を 6 GiB に上げます。',
      hint: '上限には専用のサブコマンドがあります。定義にだけ適用します。',
    },
    'setmem-config': {
      title: '次回起動時の現在のメモリーを設定する',
      instruction: 'さらに 5 GiB で起動するようにします。`setmem --config` は定義の**現在の**メモリーを設定します。',
      hint: '最初のステップのサブコマンドを、定義に適用します。',
    },
    shutdown: {
      title: 'web01 をシャットダウンする',
      instruction:
        '設定が読まれるのはドメインの**起動時**です。`virsh reboot` は同じ QEMU プロセスの中でゲストを再起動するため、設定は反映されません。web01 をシャットダウンして…',
      hint: '丁寧な停止です。',
    },
    start: {
      title: '新しい定義で起動する',
      instruction:
        '…起動します。これで実行中のゲストは最大メモリー 6 GiB、現在のメモリー 5 GiB になります(`virsh dominfo web01`)。',
      hint: 'コールドブートで定義が読み直されます。',
    },
  },
};
