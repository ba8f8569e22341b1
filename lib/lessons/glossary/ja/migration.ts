import type { TermText } from '../../glossary-i18n';

export const migrationTermsJa: Record<string, TermText> = {
  'live-migration': {
    term: 'ライブマイグレーション',
    aka: ['live migration', 'ライブ移行'],
    definition:
      '実行中のドメインを動かしたまま別のホストへ移すこと。メモリーをプリコピーのラウンドで転送し、最後にゲストを短く停止してストップアンドコピーを行い、移行先で再開します。ダウンタイムは通常ミリ秒から1秒程度です。ディスクは共有ストレージにする(または別途コピーする)必要があります。`virsh migrate --live`、`xm migrate --live`、`xl migrate`。',
  },
  'offline-migration': {
    term: '非ライブマイグレーション',
    aka: ['オフラインマイグレーション', 'コールドマイグレーション', 'non-live migration', 'offline migration'],
    definition:
      'ゲストを一時停止し、メモリーを1回だけ転送して移行先で再開する方式。転送量は最小ですが、コピー全体がダウンタイムになります(メモリー ÷ 帯域幅。2 GiB を 1 Gb/s なら約 18 秒)。`--live` なしの `virsh migrate` や `xm migrate`。定義だけを移してメモリーを転送しない libvirt の `virsh migrate --offline` とは別物です。',
  },
  'pre-copy': {
    term: 'プリコピー',
    definition:
      'ライブマイグレーションの転送フェーズ。第1ラウンドではゲストを動かしたまま全メモリーを送り、以降の各ラウンドでは前のラウンドの間にゲストが書き込んだページを送り直します。残りが十分小さくなると終了します。QEMU ではダウンタイムの上限(既定 300 ms)内に送れる量になったとき、Xen(xc_domain_save)では 29 ラウンド後、50 ページ未満のラウンド、またはメモリーの 3 倍を送ったときです。',
  },
  'stop-and-copy': {
    term: 'ストップアンドコピー',
    definition:
      'マイグレーションの最終フェーズ。ゲストを一時停止し、残りのダーティーページとデバイスの状態を送り、移行先で再開します。この長さがダウンタイムです。非ライブマイグレーションは全メモリーを1回のストップアンドコピーで送るものです。',
  },
  'writable-working-set': {
    term: '書き込み作業セット(WWS)',
    aka: ['writable working set'],
    definition:
      'ゲストが書き込み続けるページ(スタック、バッファー、頻繁に使うデータ)。どのラウンドでも送り直されるため、プリコピーで残りをこれより小さくはできず、ストップアンドコピーで送るのはほぼ WWS の量です(Clark ら "Live Migration of Virtual Machines"、2005)。リンクの転送速度より速くメモリーを汚すゲストは、自動収束(CPU スロットリング)、ポストコピー、タイムアウト、中止のいずれかがなければ収束しません。',
  },
  downtime: {
    term: 'ダウンタイム',
    definition:
      'マイグレーションでゲストが停止している時間。ライブマイグレーションではストップアンドコピー(残り ÷ 帯域幅 + デバイスの状態)、非ライブマイグレーションではコピー全体です。ゲストの利用者が気づくのはこの時間で、ネットワークに影響するのは総移行時間です。',
  },
  'post-copy': {
    term: 'ポストコピー',
    definition:
      'QEMU のマイグレーションモード(`virsh migrate --live --postcopy` の後に `--postcopy-after-precopy` または `virsh migrate-postcopy`)。プリコピー開始後、ゲストをすぐ移行先に切り替え、移行元に残ったページはアクセスされたときに取得するか、バックグラウンドで送ります。必ず非常に短いダウンタイムで終わりますが、途中で失敗するとメモリーが2台のホストに分かれたゲストは失われます。',
  },
};
