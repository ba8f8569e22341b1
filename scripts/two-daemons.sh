#!/bin/sh
# Two independent libvirt daemons on this machine, for trying migration between real hosts
# (README "On a real libvirt"; docs/decisions/028-lessons-from-links-and-real-migration.md).
#   sudo scripts/two-daemons.sh start   # prints the VIRTLAB_LIBVIRT_URI / VIRTLAB_TEST_DAEMONS value
#   sudo scripts/two-daemons.sh stop
# Needs libvirt-daemon-system and qemu-system-x86 (Debian/Ubuntu). Each daemon is a session-mode
# libvirtd run by its own user (virtlab-d1, virtlab-d2), so its sockets, run and state directories
# are its own, with a distinct host_uuid: libvirt refuses a migration to a host with its own UUID.
# Guests run under TCG (type 'qemu') where the users cannot open /dev/kvm.
set -eu
BASE=${VIRTLAB_DAEMONS_DIR:-/tmp/virtlab-daemons}
uri() { printf 'qemu+unix:///session?socket=%s/d%s/run/libvirt/libvirt-sock' "$BASE" "$1"; }

start_one() {
  n=$1 user=virtlab-d$1 dir=$BASE/d$1
  id "$user" >/dev/null 2>&1 || useradd --system --create-home --home-dir "$dir/home" --shell /usr/sbin/nologin "$user"
  mkdir -p "$dir/run" "$dir/home/.config/libvirt"
  printf 'host_uuid = "00000000-0000-4000-8000-00000000000%s"\n' "$n" >"$dir/home/.config/libvirt/libvirtd.conf"
  chown -R "$user" "$dir"
  chmod 700 "$dir/run"
  chmod 755 "$BASE" "$dir"
  su -s /bin/sh "$user" -c "XDG_RUNTIME_DIR=$dir/run XDG_CONFIG_HOME=$dir/home/.config XDG_CACHE_HOME=$dir/home/.cache \
    HOME=$dir/home /usr/sbin/libvirtd --timeout 0 >$dir/libvirtd.log 2>&1 &"
  for _ in $(seq 50); do [ -S "$dir/run/libvirt/libvirt-sock" ] && return 0; sleep 0.2; done
  echo "libvirtd $n did not start: see $dir/libvirtd.log" >&2
  exit 1
}

case "${1:-}" in
start)
  mkdir -p "$BASE"
  start_one 1
  start_one 2
  echo "$(uri 1),$(uri 2)"
  ;;
stop)
  for n in 1 2; do
    pid=$(cat "$BASE/d$n/run/libvirt/libvirtd.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
