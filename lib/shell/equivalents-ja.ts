/**
 * The command registry's reasons why xm or xl has no equivalent, in Japanese: the registry stays in
 * English (as virsh's own messages do) and this table words each reason for a Japanese page, keyed
 * by the English text. Commands, options, file names and placeholders stay as they are. A test
 * fails when a reason in the registry has no entry here.
 */
export const equivalentReasonsJa: Readonly<Record<string, string>> = {
  'xm has no --config: it acts on the running domain': 'xm には --config がありません: 実行中のドメインに作用します',
  'xl changes the running domain only: edit /etc/xen/{domain}.cfg for the next boot':
    'xl が変更するのは実行中のドメインだけです: 次回の起動用には /etc/xen/{domain}.cfg を編集します',
  'xm has no snapshots': 'xm にはスナップショットがありません',
  'xl has no snapshots': 'xl にはスナップショットがありません',
  'xl keeps no definitions: the config file stays in /etc/xen':
    'xl は定義を保持しません: 設定ファイルは /etc/xen に残ります',
  'virsh has no uptime; virsh dominfo shows CPU time only':
    'virsh には uptime がありません。virsh dominfo が示すのは CPU 時間だけです',
  'virsh has no top; virt-top is a separate program': 'virsh には top がありません。virt-top は別のプログラムです',
  'xm shows no job progress': 'xm はジョブの進行状況を表示しません',
  'xl shows no job progress': 'xl はジョブの進行状況を表示しません',
  'xm save keeps no state to restore in: restore it paused with xm restore FILE -p':
    'xm save は復元時の状態を記録しません: 一時停止状態で復元するには xm restore FILE -p を使います',
  'xl save -p keeps the domain paused here instead; restore it paused with xl restore -p FILE':
    'xl save -p はこのホストのドメインを一時停止したままにするものです。一時停止状態で復元するには xl restore -p FILE を使います',
  'xm migrate moves a running domain; there is no definition-only migration':
    'xm migrate が移すのは実行中のドメインです。定義だけのマイグレーションはありません',
  'xm migrate keeps the definition on the source: xm delete {domain} there':
    'xm migrate は移行元に定義を残します: 移行元で xm delete {domain} を実行します',
  'xm migrate does not define the domain on the target: xm new its config there':
    'xm migrate は移行先でドメインを定義しません: 移行先でその設定ファイルを xm new します',
  'xm migrate -r sets a resource level in Mb/s, not a bandwidth cap in MiB/s':
    'xm migrate -r が設定するのは Mb/s 単位のリソースレベルで、MiB/s 単位の帯域幅の上限ではありません',
  'xm has no snapshots: xm restore a saved checkpoint':
    'xm にはスナップショットがありません: 保存したチェックポイントを xm restore します',
  'xm has no snapshots (save/restore a checkpoint with xm save -c)':
    'xm にはスナップショットがありません(xm save -c でチェックポイントを保存・復元します)',
  'xl has no snapshots: xl restore a saved checkpoint':
    'xl にはスナップショットがありません: 保存したチェックポイントを xl restore します',
  'xl has no snapshots (xl save -c keeps the domain running)':
    'xl にはスナップショットがありません(xl save -c ならドメインを動かしたまま保存します)',
  'xm has no per-CPU accounting: xm list shows Time(s)':
    'xm には CPU ごとの集計がありません: xm list の Time(s) を見ます',
  'xl has no per-CPU accounting: xl list shows Time(s)':
    'xl には CPU ごとの集計がありません: xl list の Time(s) を見ます',
  'xm has no monitor state query': 'xm にはモニターの状態を問い合わせる手段がありません',
  'xl has no monitor state query': 'xl にはモニターの状態を問い合わせる手段がありません',
  'xm has no memory cgroup limits: xm mem-max sets the ceiling':
    'xm にはメモリーの cgroup 制限がありません: 上限は xm mem-max で設定します',
  'xl has no memory cgroup limits: xl mem-max sets the ceiling':
    'xl にはメモリーの cgroup 制限がありません: 上限は xl mem-max で設定します',
  'xm has no interface statistics: use xentop': 'xm にはインターフェースの統計がありません: xentop を使います',
  'xl has no interface statistics: use xentop': 'xl にはインターフェースの統計がありません: xentop を使います',
  'xm has no equivalent: remove the file under /var/lib/xend/domains':
    'xm には相当するものがありません: /var/lib/xend/domains の下のファイルを削除します',
  'xm has no disk error query': 'xm にはディスクエラーを問い合わせる手段がありません',
  'xl has no disk error query': 'xl にはディスクエラーを問い合わせる手段がありません',
  'xm has no block statistics: use xentop': 'xm にはブロックデバイスの統計がありません: xentop を使います',
  'xl has no block statistics: use xentop': 'xl にはブロックデバイスの統計がありません: xentop を使います',
  'xm has no block size query': 'xm にはブロックデバイスのサイズを問い合わせる手段がありません',
  'xl has no block size query': 'xl にはブロックデバイスのサイズを問い合わせる手段がありません',
  'xm has no balloon statistics: xm list shows the memory target':
    'xm にはバルーンの統計がありません: メモリーの目標値は xm list で見ます',
  'xl has no balloon statistics: xl list shows the memory target':
    'xl にはバルーンの統計がありません: メモリーの目標値は xl list で見ます',
  'xm has no autostart command: link /etc/xen/{domain}.cfg into /etc/xen/auto':
    'xm には自動起動のコマンドがありません: /etc/xen/{domain}.cfg を /etc/xen/auto にリンクします',
  'xl has no autostart command: link the config into /etc/xen/auto':
    'xl には自動起動のコマンドがありません: 設定ファイルを /etc/xen/auto にリンクします',
  'xm has no SMBIOS query: run dmidecode in Domain-0':
    'xm には SMBIOS の問い合わせがありません: Domain-0 で dmidecode を実行します',
  'xl has no SMBIOS query: run dmidecode in Domain-0':
    'xl には SMBIOS の問い合わせがありません: Domain-0 で dmidecode を実行します',
  'xm dump-core DOMAIN FILE writes a core file; VirtLab does not simulate it':
    'xm dump-core DOMAIN FILE はコアファイルを書き出します。VirtLab ではシミュレートしていません',
  'xl dump-core DOMAIN FILE writes a core file; VirtLab does not simulate it':
    'xl dump-core DOMAIN FILE はコアファイルを書き出します。VirtLab ではシミュレートしていません',
  'xm cannot read or set a guest clock': 'xm はゲストの時計を読むことも設定することもできません',
  'xl cannot read or set a guest clock': 'xl はゲストの時計を読むことも設定することもできません',
  'xm cannot query a vif link state': 'xm は vif のリンク状態を問い合わせできません',
  'xl cannot query a vif link state': 'xl は vif のリンク状態を問い合わせできません',
  'xm cannot change a vif link state': 'xm は vif のリンク状態を変更できません',
  'xl cannot change a vif link state': 'xl は vif のリンク状態を変更できません',
  'xm cannot print a save file’s configuration': 'xm は保存ファイルの設定を表示できません',
  'xl cannot print a save file’s configuration': 'xl は保存ファイルの設定を表示できません',
  'xm cannot ask a guest for its hostname': 'xm はゲストにホスト名を問い合わせできません',
  'xl cannot ask a guest for its hostname': 'xl はゲストにホスト名を問い合わせできません',
  'xm cannot abort a running migration': 'xm は実行中のマイグレーションを中止できません',
  'xl cannot abort a running migration': 'xl は実行中のマイグレーションを中止できません',
  'xm always talks to the local xend': 'xm は常にローカルの xend と通信します',
  'xl always talks to the local libxl': 'xl は常にローカルの libxl を使います',
  'xl migrate is always live: xl has no non-live migration':
    'xl migrate は常にライブです: xl には非ライブのマイグレーションがありません',
  'xl keeps no definitions: the config file in /etc/xen is the definition':
    'xl は定義を保持しません: /etc/xen の設定ファイルが定義です',
  'xl keeps no definitions: delete /etc/xen/{domain}.cfg':
    'xl は定義を保持しません: /etc/xen/{domain}.cfg を削除します',
  'xl keeps no definitions: copy /etc/xen/{domain}.cfg to the target':
    'xl は定義を保持しません: /etc/xen/{domain}.cfg を移行先にコピーします',
  'xl has no managed save: xl save {domain} FILE': 'xl には管理保存がありません: xl save {domain} FILE を使います',
  'xl has no managed save': 'xl には管理保存がありません',
  'xl has no managed domains: xl create /etc/xen/{domain}.cfg':
    'xl には管理されたドメインがありません: xl create /etc/xen/{domain}.cfg を使います',
  'libvirt has no API for the hypervisor console ring':
    'libvirt にはハイパーバイザーのコンソールリングを読む API がありません',
  'libvirt has no API for the hypervisor console ring (xl dmesg is the other way)':
    'libvirt にはハイパーバイザーのコンソールリングを読む API がありません(xl dmesg で読みます)',
  'xm and xl compute no baseline CPU: libvirt’s CPU map has no Xen counterpart':
    'xm と xl はベースライン CPU を計算しません。libvirt の CPU マップに相当するものが Xen にはありません',
  'xl and xm report no libvirt CPU models or free huge pages':
    'xl と xm は libvirt の CPU モデルも空きヒュージページも表示しません',
  'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)':
    'Xen のネットワークはホストで設定するブリッジです(brctl、/etc/xen/scripts)',
  'Xen has no emulator thread to pin': 'Xen にはピン留めするエミュレータースレッドがありません',
  'Xen has no emulator thread to pin (the device model runs in Domain-0)':
    'Xen にはピン留めするエミュレータースレッドがありません(デバイスモデルは Domain-0 で動きます)',
  'Xen keeps no libvirt storage pools: images are files or LVs named in the guest config':
    'Xen には libvirt のストレージプールはありません: イメージはゲストの設定ファイルで指定するファイルか LV です',
  'xl pci-assignable-add / pci-attach handle PCI passthrough; there is no device list like this':
    'PCI パススルーは xl pci-assignable-add / pci-attach で行います。このようなデバイス一覧はありません',
  'Xen leaves host interfaces to the distribution (ifup, /etc/network, brctl)':
    'Xen はホストのインターフェースをディストリビューションに任せます(ifup、/etc/network、brctl)',
  'Xen has no storage pool source discovery': 'Xen にはストレージプールのソースを検出する機能はありません',
  'Xen keeps no libvirt storage volumes: images are files or LVs':
    'Xen には libvirt のストレージボリュームはありません: イメージはファイルか LV です',
  'xm and xl have no block I/O weights (a cgroup feature of QEMU/KVM hosts)':
    'xm と xl にはブロック I/O のウェイトがありません(QEMU/KVM ホストの cgroup の機能です)',
  'xm and xl set no NUMA memory policy: xl places memory by the CPUs in cpus=':
    'xm と xl は NUMA のメモリーポリシーを設定しません: xl は cpus= の CPU に合わせてメモリーを配置します',
  'xm and xl have no perf event counters per guest': 'xm と xl にはゲストごとの perf イベントカウンターがありません',
  'xm has no block I/O throttling': 'xm にはブロック I/O の帯域制限がありません',
  'xl has no block I/O throttling': 'xl にはブロック I/O の帯域制限がありません',
  'xm sets a vif rate only in the domain configuration (rate=)':
    'xm では vif の帯域はドメイン設定(rate=)でのみ設定します',
  'xl sets a vif rate only in the domain configuration (rate=)':
    'xl では vif の帯域はドメイン設定(rate=)でのみ設定します',
  'Xen has no IOThreads (QEMU runs block I/O in them)':
    'Xen には IOThread がありません(QEMU がブロック I/O を処理するスレッドです)',
  'xm cannot change a save file’s configuration': 'xm は保存ファイルの設定を変更できません',
  'xl cannot change a save file’s configuration': 'xl は保存ファイルの設定を変更できません',
  'xm cannot copy a running guest’s disk': 'xm は実行中のゲストのディスクをコピーできません',
  'xl cannot copy a running guest’s disk': 'xl は実行中のゲストのディスクをコピーできません',
  'xm keeps no custom metadata': 'xm は独自のメタデータを保持しません',
  'xl keeps no custom metadata': 'xl は独自のメタデータを保持しません',
  'xm cannot send keys to a guest': 'xm はゲストにキーを送信できません',
  'xl cannot send keys to a guest (xl sysrq sends a SysRq letter)':
    'xl はゲストにキーを送信できません (xl sysrq は SysRq の文字を送ります)',
  'xm cannot take a screenshot: connect a VNC viewer':
    'xm はスクリーンショットを撮れません: VNC ビューアーで接続します',
  'xl cannot take a screenshot: connect a VNC viewer (xl vncviewer)':
    'xl はスクリーンショットを撮れません: VNC ビューアーで接続します (xl vncviewer)',
};
