import type { LessonText } from '../i18n';

export const lifecycleBasicsJa: LessonText = {
  title: 'ライフサイクルの基本: list、start、shutdown と destroy',
  concept:
    'ドメインのライフサイクル: ドメインは定義されているだけ(永続)か、実行中か。shutdown はゲスト OS に停止を依頼し、destroy は電源を抜く。libvirt はドメインがその状態にある理由(reason)を記録する',
  summary:
    'kvm1 のドメインをすべて一覧し、build01 を起動して shutdown で穏やかに止め、もう一度起動して destroy で強制的に止めます。それぞれが残す「理由」も読み取ります。',
  goalText: 'build01 が一度シャットダウンされた後、理由 destroyed でシャットオフしている。',
  hints: [
    'shutdown にはゲストの協力が必要ですが、destroy には不要です。',
    'shutdown も destroy もドメインを削除しません。削除するのは `virsh undefine` です。',
  ],
  steps: {
    'list-all': {
      title: 'すべてのドメインを一覧する',
      instruction:
        'kvm1 のドメインを、実行中かどうかにかかわらず**すべて**一覧します。`virsh list` だけではアクティブなドメインしか表示されず、`--all` を付けると非アクティブ(シャットオフ)のドメインも加わります。build01 は定義済みですがシャットオフしていることを確認しましょう。',
      hint: '`virsh list` だけでは実行中のドメインしか表示されません。停止中のものも加えるオプションがあります。',
    },
    start: {
      title: 'build01 を起動する',
      instruction:
        'build01 を起動します。永続ドメインはシャットオフ中も定義を保持しており、`start` はその定義から起動します。状態は **running**、理由は **booted** になります。',
      hint: '定義済み(永続)ドメインは、その定義から起動します。サブコマンドはそのままの英単語です。',
      none: { xl: 'xl には管理対象のドメインがありません: `xl create /etc/xen/build01.cfg`' },
    },
    shutdown: {
      title: '丁寧にシャットダウンする',
      instruction:
        '`shutdown` はゲスト OS に電源断を依頼します(ACPI の電源ボタンを押すのと同じ)。ゲストはファイルを閉じてから停止し、状態は **shut off**、理由は **shutdown** になります。`virsh shutdown` はすぐに戻り、ゲストは数秒かけて停止します(その間、画面には **シャットダウン要求中** と表示されます)。ACPI のないゲストは依頼を無視します。',
      hint: '電源を切るのではなく、ゲスト OS に電源オフを頼みます(ACPI)。',
    },
    'start-again': {
      title: 'もう一度起動する',
      instruction: 'destroy を試すために、build01 をもう一度起動します。',
      hint: 'ステップ 2 と同じコマンドです。',
    },
    destroy: {
      title: '強制的に停止する',
      instruction:
        '`destroy` は電源コードを抜くように、ドメインを即座に停止します。ゲスト OS にはシャットダウンする機会がなく、保存していないデータは失われます。名前に反して定義は残ります。ドメインは **shut off**、理由は **destroyed** となり、再び起動できます。',
      hint: '電源を抜くコマンドは物騒な名前ですが、定義は消しません。',
    },
    'read-reason': {
      title: '理由を読む',
      instruction:
        'build01 がなぜシャットオフしているのか libvirt に尋ねます。`virsh domstate --reason` は状態とその理由を表示します。同じく誰かが destroy した kvm2 の test01 とも比べてみましょう。',
      hint: 'ドメインの状態を表示するサブコマンドに、理由も加えるオプションがあります。',
    },
  },
};
