import type { TermText } from '../../glossary-i18n';

export const domainTermsJa: Record<string, TermText> = {
  domain: {
    term: 'ドメイン',
    aka: ['ゲスト', '仮想マシン', 'VM'],
    definition:
      'libvirt と Xen での仮想マシンの呼び名。定義(名前、UUID、メモリー、仮想 CPU、ディスク、インターフェース。libvirt のドメイン XML か xm の設定ファイル)と、実行中は数値の ID を持つ稼働中のインスタンスからなります。',
  },
  uuid: {
    term: 'UUID',
    definition:
      'ドメインの汎用一意識別子。128 ビットを 8-4-4-4-12 桁に区切った 32 桁の16進数で表し、ドメインの定義時に決まります。名前は変更でき、ホストが違えば重複もありえますが、UUID はどこでも同じゲストを指します(`virsh domuuid`、`virsh dominfo`)。',
  },
  'persistent-domain': {
    term: '永続ドメイン',
    definition:
      'libvirt が定義を保存しているドメイン(`virsh define`。QEMU では /etc/libvirt/qemu/<名前>.xml)。停止中も存在し、再び起動でき、自動起動も設定できます。定義を削除するのは `virsh undefine` で、shutdown や destroy では消えません。',
  },
  'transient-domain': {
    term: '一時ドメイン',
    aka: ['トランジェントドメイン'],
    definition:
      '実行中だけ存在するドメイン(`virsh create <xml>`、または `--persistent` なしのマイグレーションで移行先にできたもの)。libvirt は定義を保存しないため、停止すると消え、自動起動も管理保存もできません。',
  },
  'domain-state': {
    term: 'ドメインの状態と理由',
    aka: ['状態', '理由'],
    definition:
      'virsh が表示するドメインの状態 — running(実行中)、idle、paused(一時停止中)、in shutdown、shut off(シャットオフ)、crashed、pmsuspended — と、`virsh domstate --reason` で分かるその理由: shut off (shutdown)、shut off (destroyed)、shut off (saved)、shut off (migrated)、running (booted)、running (restored)、running (unpaused)、paused (user)、paused (migrating) など。',
  },
  'shutdown-vs-destroy': {
    term: 'shutdown と destroy の違い',
    aka: ['シャットダウン', '強制停止'],
    definition:
      '`virsh shutdown` はゲスト OS に電源断を依頼します(ACPI の電源ボタン押下、またはゲストエージェント)。ゲストはファイルを閉じてから停止するので時間がかかることがあり、依頼を無視することもあります。`virsh destroy` は電源コードを抜くようにドメインを即座に終了させます。ゲストの協力は不要ですが、書き込まれていないデータは失われます。名前に反して定義は残ります。理由はそれぞれ shut off (shutdown) と shut off (destroyed) です。',
  },
  'suspend-resume': {
    term: 'サスペンドとレジューム(一時停止)',
    aka: ['pause', 'unpause', '一時停止', '再開'],
    definition:
      '`virsh suspend` はドメインを一時停止します。仮想 CPU はスケジュールされなくなりますが、ドメインはアクティブなままで、メモリーもすべてホストの RAM 上に確保されたままです(paused、理由 user)。`virsh resume` で止まったところから再開します。xm と xl では `pause` / `unpause` です。一時停止中のドメインはホストの再起動を越えて残りません。',
  },
  'save-restore': {
    term: '保存と復元(save / restore)',
    definition:
      '`virsh save <domain> <file>` はドメインのメモリーとデバイスの状態をファイルに書き出して停止させ(shut off、理由 saved)、RAM を解放します。`virsh restore <file>` はファイルからドメインを再作成し、続きから動かします(running、理由 restored)。ディスクはファイルに含まれないので、その間に変更してはいけません。',
  },
  'managed-save': {
    term: '管理保存(managed save)',
    aka: ['managedsave', 'マネージドセーブ'],
    definition:
      '`virsh managedsave`: libvirt 自身が名前を付けて保持するファイルへの保存(QEMU では /var/lib/libvirt/qemu/save/<名前>.save)。次の `virsh start` は起動の代わりにそこから復元し(running、理由 restored)、ファイルを削除します。`start --force-boot` なら破棄して起動します。xend では `xm suspend` / `xm resume` にあたります。libvirt のテストドライバーはフラグを記録するだけなので、start は新規に起動します。',
  },
  autostart: {
    term: '自動起動(autostart)',
    definition:
      'ドメインごとの libvirt のフラグ(`virsh autostart [--disable] <domain>`)で、libvirtd の起動時、つまり実際にはホストの起動時に永続ドメインを起動させます。/etc/libvirt/qemu/autostart/ のリンクとして保存されます。今すぐドメインを起動するわけではありません。xm ホストでは代わりに xendomains と /etc/xen/auto を使います。',
  },
};
