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
      title: 'web01 を一時停止する',
      instruction:
        '`virsh suspend` は web01 の仮想 CPU をスケジュールしなくなります。ドメインは**アクティブ**のまま(Id もメモリーもホストの RAM 上に保持)ですが、コードは実行しません。状態は **paused**、理由は **user** です。',
      hint: 'virsh は一時停止を、xm では別の意味になる名前で呼びます。xm の一時停止は `xm pause` です。',
    },
    resume: {
      title: '再開する',
      instruction:
        '`virsh resume` で再びスケジュールされ、止まったところからそのまま続きます。状態は **running**、理由は **unpaused** です。どこにも何も書き出されていません。',
      hint: '前のステップの逆です。',
    },
    save: {
      title: 'ファイルに保存する',
      instruction:
        '`virsh save` は web01 のメモリーとデバイスの状態をファイルに書き出し、ドメインを停止します。状態は **shut off**、理由は **saved** です。RAM はホストに戻ります。`/root/web01.save` に保存しましょう。',
      hint: 'サブコマンドにはドメイン、次に書き出すファイルを渡します。',
    },
    restore: {
      title: 'ファイルから復元する',
      instruction:
        '`virsh restore` はファイルをメモリーに読み戻し、ゲストは保存したところから続きます。状態は **running**、理由は **restored** です。restore に指定するのはドメインではなくファイルです。どのドメインかはファイル自身が知っています。',
      hint: 'save の逆のコマンドには、ファイルだけを指定します。',
    },
  },
};
