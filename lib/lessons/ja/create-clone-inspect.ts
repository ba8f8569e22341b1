import type { LessonText } from '../i18n';

export const createCloneInspectJa: LessonText = {
  title: 'virt-install でゲストを作り、クローンし、qemu-img でディスクを調べる',
  concept:
    'qemu-img はディスクイメージを作成・調査する(qcow2 は書き込みに応じて大きくなる)。virt-install はオプションからドメイン XML を書き、libvirt を通してゲストを定義・起動する。virt-clone は停止中のゲストを、新しい名前・UUID・MAC アドレスとディスクのコピーで複製する',
  summary:
    'kvm1 で qcow2 ディスクを作り、virt-install でその上に app01 をインストールし、シャットダウンして virt-clone でクローンし、クローンのディスクを qemu-img info で確認します。',
  goalText:
    'virt-install で app01 をインストールして app01-clone にクローンし、そのクローン専用の qcow2 ディスクを調べた。',
  hints: [
    'virt-clone は一時停止中の元ゲストでも使えますが、実行中のものは受け付けません。`--auto-clone` の代わりに `--file` で新しいディスクの名前を指定できます。',
    'virt-install --print-xml はドメイン XML を表示するだけで、何も定義しません。オプションの効果を確かめるのに便利です。',
  ],
  steps: {
    'create-disk': {
      title: 'qcow2 ディスクを作る',
      instruction:
        '`qemu-img create -f qcow2 <file> <size>` でディスクイメージを作ります。qcow2 ファイルは数百 KiB から始まり、ゲストが書き込むにつれて大きくなります。ゲストから見える大きさが **virtual size**(仮想サイズ)です。libvirt の既定のプール /var/lib/libvirt/images に、app01 用の 10 GiB のイメージを作りましょう。',
      hint: 'qemu-img にはイメージを作るサブコマンドがあります。形式、パス、サイズを渡します。',
    },
    'virt-install': {
      title: 'そのディスクから app01 をインストールする',
      instruction:
        '`virt-install` はオプションをドメイン XML にし、ゲストを定義して起動します。`--import` はインストーラーを使わずディスクをそのまま起動し、`--os-variant` は適切なデバイスを選び、`--graphics none --noautoconsole` で画面なしのまま、すぐにプロンプトへ戻ります(`--print-xml` なら XML を表示するだけです)。',
      hint: 'virt-install には名前、メモリー、vCPU、ディスクを渡します。--import でインストーラーを省き、グラフィックなしのゲストにはコンソール画面も要りません。',
      none: {
        xm: 'virt-install は libvirt のツールです。xm では /etc/xen に設定ファイルを書き、`xm create` で起動します',
        xl: 'xl でも xm と同じく、/etc/xen の設定ファイルを `xl create` します',
      },
    },
    shutdown: {
      title: 'app01 をシャットダウンする',
      instruction:
        'virt-clone はゲストのディスクをコピーするので、実行中(ディスクが変化している)の元ゲストは受け付けません。まず app01 をシャットダウンします。',
      hint: 'ライフサイクルのレッスンと同じ、丁寧な停止です。',
    },
    'virt-clone': {
      title: 'app01 をクローンする',
      instruction:
        '`virt-clone --original app01 --auto-clone` は **app01-clone** を定義します。XML は同じで、名前・UUID・MAC アドレスが新しくなり、各ディスクは元のディスクの隣にコピーされます。',
      hint: 'virt-clone には元のドメインを指定します。クローンの名前とディスクを自動で決めさせるオプションがあります。',
      none: {
        xm: 'Xen のツールにクローン機能はありません。イメージと設定ファイルをコピーし、名前・uuid・MAC を手で書き換えます',
        xl: 'xm と同じく、イメージと設定ファイルを手でコピーします',
      },
    },
    inspect: {
      title: 'クローンのディスクを調べる',
      instruction:
        'クローンのディスクを見てみましょう。`qemu-img info` は **file format**(形式)、**virtual size**(ゲストから見える大きさ)、**disk size**(ホスト上でファイルが実際に占める大きさ)を表示します。',
      hint: 'qemu-img には、イメージの形式や仮想サイズを表示するサブコマンドがあります。',
    },
  },
};
