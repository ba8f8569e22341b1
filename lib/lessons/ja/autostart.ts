import type { LessonText } from '../i18n';

export const autostartJa: LessonText = {
  title: '自動起動: virsh autostart と /etc/xen/auto のリンク',
  concept:
    'ホストの起動時にゲストを起動する: libvirt は永続ドメインごとに自動起動フラグを持ち、libvirtd の起動時にそれらを起動する。xm/xend ホストでは init スクリプト xendomains が /etc/xen/auto にリンクされた設定をすべて起動する',
  summary:
    'kvm1 の build01 を virsh で自動起動に設定し、xen1 の pv-db には Xen のやり方、つまり /etc/xen/auto へのシンボリックリンクで同じことをします。',
  goalText: 'kvm1 の build01 が自動起動に設定され、xen1 では pv-db の設定が /etc/xen/auto にリンクされている。',
  hints: [
    '自動起動が働くのは起動時だけです。どちらの方法でも、今すぐゲストが起動するわけではありません。',
    '`virsh list --all --autostart` で、libvirt が起動するドメインを一覧できます。',
  ],
  steps: {
    'virsh-autostart': {
      title: 'build01 を自動起動に設定する',
      instruction:
        '`virsh autostart build01` は、永続ドメイン build01 を libvirtd の起動時(つまり kvm1 の起動時)に起動するよう設定します。libvirt はこれを /etc/libvirt/qemu/autostart/ のリンクとして記録します。今すぐ build01 が起動するわけではありません。',
      hint: 'virsh のサブコマンドは、設定するフラグと同じ名前です。',
    },
    'look-auto-dir': {
      title: '/etc/xen/auto を見る',
      instruction:
        'xen1 のゲストは /etc/xen にある xm の設定ファイルです。起動時には **xendomains** スクリプトが **/etc/xen/auto** にある設定をすべて起動します。今そこに何があるか見てみましょう(コンソールを xen1 に切り替えます)。',
      hint: 'xen1 で、xendomains が読むディレクトリーの中身を一覧します。',
    },
    'link-pv-db': {
      title: 'pv-db の設定をリンクする',
      instruction:
        'pv-db も起動時に起動されるようにします。設定を /etc/xen/auto にリンクします。これを行う xm のコマンドはなく、ファイルの操作です。',
      hint: 'シンボリックリンクは `ln` とオプション一つで作ります。設定ファイルをそのディレクトリーにリンクします。',
      none: {
        virsh: '`virsh autostart` が設定するのは libvirt 自身のフラグで、xendomains はこれを読みません',
        xl: 'xl にも自動起動はありません。xl の場合も xendomains が /etc/xen/auto を読みます',
      },
    },
  },
};
