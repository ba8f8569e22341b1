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
      instruction:
        'web01 のメモリーは**最大 4 GiB**、**現在 2 GiB** です(`virsh dominfo web01` の「最大メモリー」と「使用メモリー」)。実行中のゲストに 3 GiB を与えます。`setmem --live` はゲストのバルーンドライバーに、最大値の範囲でメモリーを返すか受け取るよう依頼します。保存された定義は 2 GiB のままです。',
      hint: 'メモリーのフォームで 3 GiB と「live」を選ぶか、`virsh setmem web01 3G --live` と入力します。接尾辞がなければ virsh は KiB と解釈します。',
    },
    'hit-ceiling': {
      instruction:
        'ライブで 6 GiB を試すと、libvirt は拒否します — *メモリーは最大メモリー以上にセットできません*(cannot set memory higher than max memory)。バルーンが貸し戻せるのは最大値が許す分だけです。',
      hint: '`virsh setmem web01 6G --live` と入力し、エラーを読みます。',
    },
    'setmaxmem-config': {
      instruction:
        'QEMU/KVM のゲストの最大値は実行中には変えられません(*動作中のドメインにおいて最大メモリーの容量を変更できません*)が、**設定**なら変えられます。`--config` で最大値を 6 GiB に上げます。',
      hint: '`virsh setmaxmem web01 6G --config` と入力します。',
    },
    'setmem-config': {
      instruction: 'さらに 5 GiB で起動するようにします。`setmem --config` は定義の**現在の**メモリーを設定します。',
      hint: '`virsh setmem web01 5G --config` と入力します。',
    },
    shutdown: {
      instruction:
        '設定が読まれるのはドメインの**起動時**です。`virsh reboot` は同じ QEMU プロセスの中でゲストを再起動するため、設定は反映されません。web01 をシャットダウンして…',
      hint: '「シャットダウン」を押すか、`virsh shutdown web01` と入力します。',
    },
    start: {
      instruction:
        '…起動します。これで実行中のゲストは最大メモリー 6 GiB、現在のメモリー 5 GiB になります(`virsh dominfo web01`)。',
      hint: '「起動」を押すか、`virsh start web01` と入力します。',
    },
  },
};
