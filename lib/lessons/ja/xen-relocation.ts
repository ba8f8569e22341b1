import type { LessonText } from '../i18n';

export const xenRelocationJa: LessonText = {
  title: 'Xen のリロケーション: xm migrate が拒否される理由と、それを直す設定',
  concept:
    'xm migrate は移行先ホストの xend のリロケーションサーバーにゲストを送る。待ち受けるかどうか(xend-relocation-server、-port、-address)と、誰を受け入れるか(xend-relocation-hosts-allow)は移行先の /etc/xen/xend-config.sxp が決める',
  summary:
    'pv-web を xen1 から xen2 へ移そうとして xen2 が拒否する理由を読み、リロケーションサーバーを有効にして xen1 を許可し、xend を再起動してからマイグレーションします。',
  goalText:
    'xen2 の xend が xen1 からのリロケーションを受け入れるようになり、xm migrate で移った pv-web が xen2 で実行中である。',
  hints: [
    'Connection refused: 移行先のサーバーが無効か、別のポート(xend-relocation-port、既定 8002)や別のアドレス(xend-relocation-address)で待ち受けています。',
    '受け入れた後に切断(xc_save … failed): 移行元が xend-relocation-hosts-allow に一致していません。空のリストはすべてのホストを許可します。手軽ですが、リロケーションは認証も暗号化もされないので危険です。',
    'xen2 には VT-x がないので、移せるのは pv-web のような準仮想化ゲストだけで、hvm-win は移せません。',
  ],
  steps: {
    refused: {
      title: '移行を試す',
      instruction:
        "xen1 で pv-web を xen2 へライブマイグレーションします。xm は xen2 の xend(ポート 8002)に接続しようとして拒否されます: `Error: can't connect: [Errno 111] Connection refused`。そこでは何も待ち受けていません。",
      hint: 'xm で pv-web を xen1 から xen2 へライブマイグレーションし、エラーを読みます。',
    },
    'read-config': {
      title: 'xen2 のリロケーション設定を読む',
      instruction:
        'コンソールを **xen2** に切り替え、その xend のリロケーション設定を読みます。決めるのは**移行先**です。`(xend-relocation-server no)`: Xen の出荷時のとおりサーバーは無効です。`xend-relocation-hosts-allow` には正規表現を並べ、接続するホストは(名前かアドレスで)そのどれかに一致する必要があります。ここでは localhost だけです。',
      hint: 'ファイルから relocation という語を探します。',
    },
    'server-on': {
      title: 'リロケーションサーバーを有効にする',
      instruction:
        'リロケーションサーバーを有効にします。ラボにはエディターがないので、`sed -i` でファイルをその場で編集します。',
      hint: 'sed のその場編集で、xend-relocation-server の行の no を yes に置き換えます。',
    },
    'allow-xen1': {
      title: 'xen1 を許可する',
      instruction:
        'サーバーを有効にしただけでは、xen2 は接続を受け入れた後で切断し(xen1 は許可されていない)、xm は `xc_save … failed` と報告します。`xend-relocation-hosts-allow` の localhost の項目の前に xen1 を追加します(正規表現では `.` は任意の1文字に一致します。厳密に書くなら `^xen1\\.lab$` です)。',
      hint: 'sed のその場編集で、hosts-allow のリストの先頭に ^xen1.lab$ を加えます。',
    },
    'restart-xend': {
      title: 'xend を再起動する',
      instruction: 'xend は起動時に xend-config.sxp を読むので、xen2 で再起動します。実行中のゲストには影響しません。',
      hint: 'xend の init スクリプトに、おなじみの restart 引数を渡します。',
      none: { xm: 'xend の再起動(xm ではなくデーモン自身)' },
    },
    migrate: {
      title: 'もう一度移行する',
      instruction:
        '**xen1** に戻り、もう一度 pv-web を移します。今度は xen2 が待ち受けていて xen1 を受け入れるので、pv-web は xen2 で動きます。',
      hint: 'ステップ 1 のコマンドを xen1 で実行します。',
      none: {
        xl: 'xl migrate は ssh で移行先の xl に接続するもので、xend のリロケーションサーバーは使いません',
        virsh: 'virsh migrate は移行先の libvirtd と通信するもので、xend のリロケーションサーバーは使いません',
      },
    },
  },
};
