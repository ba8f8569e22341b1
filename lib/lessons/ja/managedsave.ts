import type { LessonText } from '../i18n';

export const managedsaveJa: LessonText = {
  title: '管理保存と、その後の start の動き',
  concept:
    '管理保存(managed save): libvirt がドメインのメモリーを自分で管理するファイル(/var/lib/libvirt/qemu/save/)に保存し、次の start は起動する代わりにそのファイルから復元する',
  summary:
    'web01 を管理保存し、libvirt がそれを覚えていることを確認してから起動して、booted ではなく restored として戻ってくるのを見ます。',
  goalText: 'web01 が管理保存イメージから復元されて実行中で、イメージは削除されている。',
  hints: [
    'libvirt のテストドライバー(test:///default)は振りをするだけで、managedsave の後の start は新規に起動します(理由 booted)。ラボの KVM ホストは QEMU と同じ動きをします。',
    'xm では `xm suspend` がこの管理保存で、`xm resume` で元に戻ります。pause/unpause ではありません。',
  ],
  steps: {
    managedsave: {
      title: 'web01 を管理保存する',
      instruction:
        '`virsh managedsave` は、libvirt が名前を付けて保持してくれるファイルへの保存です。web01 は停止し、**shut off**、理由は **saved** になります。',
      hint: 'サブコマンドは概念の名前を一語にしたものです。',
      none: { xl: 'xl には管理保存がありません。`xl save web01 <file>` の後に `xl restore <file>` を使います' },
    },
    'see-image': {
      title: 'libvirt が保持していることを確かめる',
      instruction:
        'web01 について libvirt に尋ねます。`virsh dominfo` に **管理保存: はい (yes)**(英語では Managed save: yes)と表示されます(`virsh list --all --with-managed-save` でこうしたドメインを一覧できます)。',
      hint: 'ドメインの詳細を表示するサブコマンドに「Managed save」の行があります。',
    },
    start: {
      title: 'もう一度起動する',
      instruction:
        'web01 を起動します。管理保存イメージがあるので、QEMU/KVM はゲストを起動せずにイメージを読み込み、ゲストは保存したところから続きます。状態は **running**、理由は **restored** で、libvirt はイメージを削除します(`virsh start --force-boot` ならイメージを破棄して新規に起動します)。',
      hint: 'いつもどおり起動してから、状態と理由を読みます。',
    },
  },
};
