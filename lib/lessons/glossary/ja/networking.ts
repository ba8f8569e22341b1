import type { TermText } from '../../glossary-i18n';

export const networkingTermsJa: Record<string, TermText> = {
  'user-mode-networking': {
    term: 'ユーザーモードネットワーク(-net user、SLIRP)',
    aka: ['-net user', '-netdev user', 'SLIRP'],
    definition:
      "QEMU 組み込みのネットワークバックエンド(`-net user`、`-netdev user`。libvirt では `<interface type='user'>`)。QEMU プロセス内の小さな TCP/IP スタックがゲストの通信をホストの普通のソケットへ NAT するため、root 権限もホスト側の設定も不要です。ゲストには 10.0.2.15、ゲートウェイ 10.0.2.2、DNS 10.0.2.3 が割り当てられます。TCP と UDP で外へは接続できますが、ポートフォワード(`hostfwd`)なしでは外からは届きません。**ICMP は基本的に使えません**: 中継には raw ソケットが必要で、非特権の QEMU は持っていないためです(新しい版ではホストが許せば ping ソケットを使います。net.ipv4.ping_group_range)。そのため Web は見えても `ping` は失敗します。確認は TCP 接続で行います。速度も遅めです。",
  },
  'bridged-networking': {
    term: 'ブリッジ接続',
    aka: ['ブリッジネットワーク'],
    definition:
      "ゲストの仮想 NIC(tap デバイスや Xen の vif)を、物理 NIC も参加しているホスト上のソフトウェアブリッジ(br0、xenbr0)につなぐ方式。ゲストはほかのマシンと同じように物理 LAN 上に置かれ、LAN の DHCP からアドレスを受け取り、ping も含めどこからでも到達できます。libvirt では `<interface type='bridge'>`、xm では `vif = [ 'bridge=xenbr0' ]`(ラボの Xen ゲスト)。",
  },
  'virtual-network': {
    term: 'libvirt の仮想ネットワーク(NAT、virbr0)',
    aka: ['default ネットワーク', 'virbr0'],
    definition:
      "libvirt の \"default\" ネットワーク。ブリッジ virbr0(192.168.122.0/24)と DHCP・DNS 用の dnsmasq、ホストのファイアウォールを通した外部への NAT からなります。ゲストは外部やゲスト同士には接続できますが、LAN からは直接届きません。`<interface type='network'><source network='default'/>`。ラボの KVM ゲストはこれを使っています。",
  },
  virtio: {
    term: 'virtio',
    aka: ['準仮想化デバイス'],
    definition:
      'KVM ゲストの標準的な準仮想化デバイスインターフェース(virtio-net、virtio-blk、virtio-balloon など)。ゲストのドライバーはハイパーバイザーと通信していることを知っていて、エミュレートされたハードウェアをレジスター単位で操作する代わりに共有リングでバッファーをやり取りします。完全仮想化ゲストの中の準仮想化 I/O です。',
  },
};
