import type { LessonText } from '../i18n';

export const suspendVsSaveJa: LessonText = {
  title: 'サスペンドと保存: メモリーを RAM に残すか、ファイルに書き出すか',
  concept:
    'ドメインの一時停止(suspend/resume)ではメモリーはホストの RAM に確保されたまま。保存(save/restore)ではメモリーをファイルに書き出して RAM を解放する',
  summary: 'web01 を一時停止して再開し、次にファイルへ保存して(これで停止します)、virsh restore で元に戻します。',
  goalText: 'web01 が保存ファイルから復元され、再び実行中になっている。',
  hints: [
    '一時停止中のドメインは RAM を使い続けますが、保存したドメインが使うのはディスクだけです。',
    '保存したドメインはホストを再起動しても残ります(ファイルがディスクにあるため)。一時停止中のドメインは残りません。',
  ],
  steps: {
    suspend: {
      instruction:
        '`virsh suspend` は web01 の仮想 CPU をスケジュールしなくなります。ドメインは**アクティブ**のまま(Id もメモリーもホストの RAM 上に保持)ですが、コードは実行しません。状態は **paused**、理由は **user** です。',
      hint: 'web01 のページで「一時停止」を押すか、`virsh suspend web01` と入力します。xm では注意: `xm suspend` は一時停止ではなく xend の管理保存で、一時停止は `xm pause` です。',
    },
    resume: {
      instruction:
        '`virsh resume` で再びスケジュールされ、止まったところからそのまま続きます。状態は **running**、理由は **unpaused** です。どこにも何も書き出されていません。',
      hint: '「再開」を押すか、`virsh resume web01` と入力します。',
    },
    save: {
      instruction:
        '`virsh save` は web01 のメモリーとデバイスの状態をファイルに書き出し、ドメインを停止します。状態は **shut off**、理由は **saved** です。RAM はホストに戻ります。`/root/web01.save` に保存しましょう。',
      hint: '「保存」を押してファイル /root/web01.save を指定するか、`virsh save web01 /root/web01.save` と入力します。',
    },
    restore: {
      instruction:
        '`virsh restore` はファイルをメモリーに読み戻し、ゲストは保存したところから続きます。状態は **running**、理由は **restored** です。restore に指定するのはドメインではなくファイルです。どのドメインかはファイル自身が知っています。',
      hint: '「復元」を押して /root/web01.save を選ぶか、`virsh restore /root/web01.save` と入力します。',
    },
  },
};
