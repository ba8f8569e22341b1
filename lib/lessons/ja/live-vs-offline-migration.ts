import type { LessonText } from '../i18n';

export const liveVsOfflineMigrationJa: LessonText = {
  title: 'オフラインマイグレーションとライブマイグレーション: ダウンタイムとメモリーの転送',
  concept:
    'マイグレーションは実行中のゲストを別のホストへ移す。オフライン(非ライブ)マイグレーションはゲストを一時停止してメモリーを1回転送するので、コピー全体がダウンタイムになる。ライブマイグレーションはゲストを動かしたままメモリーを転送し(プリコピーの各ラウンドで書き込まれたページを送り直す)、最後の短いストップアンドコピーの間だけ停止する',
  summary:
    'web01 を kvm1 から kvm2 へオフラインで、db01 をライブで移し、pv-app を xm で xen2 から xen1 へライブで移して、ダウンタイムを比べます。',
  goalText: 'web01(オフラインで移動)と db01(ライブで移動)が kvm2 で、pv-app(xm でライブに移動)が xen1 で実行中である。',
  hints: [
    '比較画面では、オフラインとライブのマイグレーションを並べて再生できます。ラウンドごとの転送量、ダウンタイム、総時間が分かります。',
    'リンクの転送速度より速くメモリーを汚すゲストは収束しません。その場合ライブマイグレーションには --auto-converge、ポストコピー、--timeout、または中止(virsh domjobabort)が必要です。',
    'libvirt の `--offline` はまた別物で、定義だけを移してメモリーは転送しません。',
  ],
  steps: {
    offline: {
      instruction:
        'web01(使用中 2 GiB)を `--live` **なし**で kvm2 へ移します。libvirt はゲストを一時停止し、1 Gb/s のリンク(約 117 MiB/s)でメモリーを1回転送して kvm2 で再開します。コピーの間(約 17 秒)ゲストには到達できません。web01 の定義は kvm1 に残り(シャットオフ、理由 migrated)、kvm2 では一時ドメインとして動きます(`--persistent` を付ければそこで定義されます)。',
      hint: '`virsh migrate web01 qemu+ssh://kvm2.lab/system` と入力し、両方のホストで `virsh list --all` を実行します。',
      none: { xm: 'Xen ホストでは `xm migrate <domain> <host>` を --live なしで', xl: 'xl migrate は常にライブです' },
    },
    live: {
      instruction:
        'db01(8 GiB)を `--live` **付き**で kvm2 へ移します。第1ラウンドでは db01 を動かしたまま全メモリーを送り、以降の各ラウンドではその間にゲストが書き込んだ分(書き込み作業セット)だけを送り直します。残りが QEMU のダウンタイム上限(既定 300 ms)に収まると、ゲストは最後のストップアンドコピーのために一時停止します。転送量はオフラインより多くなりますが、ゲストが止まるのは1秒未満です。',
      hint: '`virsh migrate --live db01 qemu+ssh://kvm2.lab/system` と入力します。',
      none: {
        xm: 'Xen ホストでは `xm migrate --live <domain> <host>`',
        xl: 'Xen ホストでは `xl migrate <domain> <host>`',
      },
    },
    downtime: {
      instruction:
        '2つのジョブのコストを読みます。**kvm2** で `virsh domjobinfo --completed db01` を実行すると、完了したライブマイグレーションを移行先から見た結果(操作: 着信マイグレーション)が表示されます。**ダウンタイムの合計**は数十ミリ秒で、**経過時間**は1分以上、**処理済みデータ**は**合計メモリー**より大きくなっています。db01 が書き込んだページがラウンドごと(**イテレーション**)に送り直されたためです。web01 についても尋ねてみましょう。そのダウンタイムは経過時間全体です。',
      hint: 'kvm2 で `virsh domjobinfo --completed db01` と入力し、web01 についても同じように実行します。',
      none: {
        xm: 'xm はジョブの統計を保持しません',
        xl: 'xl はジョブの統計を保持しません。`xl migrate` は実行中に進捗を表示します',
      },
    },
    'xen-live': {
      instruction:
        'Xen でも xm で同じことができます。**xen2** で pv-app を xen1 へライブで移します: `xm migrate --live`(または `-l`)。xen1 の xend は xen2 からのリロケーションを受け入れます(受け入れない場合はリロケーションのレッスンを参照)。Xen の規則では、29 ラウンド後、50 ページ未満のラウンド、またはメモリーの 3 倍を送った時点でプリコピーを終えます。',
      hint: 'コンソールを xen2 に切り替え、`xm migrate --live pv-app xen1` と入力します。',
    },
  },
};
