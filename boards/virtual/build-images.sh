#!/usr/bin/env bash
# Builds the virtual Arm boards' images from Debian packages only: Debian's arm64 kernel, a
# busybox + dropbear initramfs whose init brings up virtio-net (10.0.2.15 under QEMU's user
# networking), starts `dropbear -R -E -p 22` for root and user `bench`, and waits.
# Cached and incremental: packages are downloaded once, the initramfs is rebuilt only when an
# input changed; a second run does nothing.
#
# usage: boards/virtual/build-images.sh
# environment:
#   EDGEBENCH_VBOARD_IMAGES  where images, keys and downloads live (default: <repo>/.vboards)
# outputs in that folder: vmlinuz, root.cpio.gz, id_ed25519 (the boards' authorized key),
#   known_hosts (the boards' fixed host key for [127.0.0.1]:*)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
images="${EDGEBENCH_VBOARD_IMAGES:-$(dirname "$(dirname "$here")")/.vboards}"
mkdir -p "$images/debs" "$images/extract"
cd "$images"
log() { echo "build-images: $*" >&2; }

# 1. Debian packages for arm64 (the architecture added once, the lists updated once).
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  log "adding dpkg architecture arm64"
  dpkg --add-architecture arm64
  apt-get update -qq
fi
packages=(linux-image-arm64 busybox-static dropbear-bin libc6 libcrypt1 libtomcrypt1
  libtommath1 libgmp10 zlib1g)
resolve() { # the concrete package the name stands for (the kernel metapackage names one)
  if [ "$1" = linux-image-arm64 ]; then
    apt-cache depends "linux-image-arm64:arm64" | sed -n 's/^  Depends: \(linux-image-[0-9][^:]*\).*/\1/p' | head -n 1
  else
    echo "$1"
  fi
}
changed=0
for name in "${packages[@]}"; do
  package="$(resolve "$name")"
  [ -n "$package" ] || { log "cannot resolve $name:arm64 (apt-get update?)"; exit 1; }
  if ! ls debs/"${package}"_*_arm64.deb >/dev/null 2>&1; then
    if ! apt-cache show "$package:arm64" >/dev/null 2>&1; then apt-get update -qq; fi
    log "downloading $package:arm64"
    (cd debs && apt-get download -q "$package:arm64" 2>&1 >/dev/null | grep -v "unsandboxed as root" >&2 || true)
  fi
  deb="$(ls debs/"${package}"_*_arm64.deb | head -n 1)"
  stamp="extract/$(basename "$deb").done"
  if [ ! -e "$stamp" ]; then
    dpkg-deb -x "$deb" extract/root
    touch "$stamp"
    changed=1
  fi
done
x=extract/root
kernel_version="$(ls "$x/lib/modules" | sort -V | tail -n 1)"
[ -f vmlinuz ] && [ "$(cat vmlinuz.version 2>/dev/null)" = "$kernel_version" ] || {
  cp "$x/boot/vmlinuz-$kernel_version" vmlinuz
  echo "$kernel_version" >vmlinuz.version
  changed=1
}

# 2. Keys: the user key the boards authorize, and one fixed dropbear host key.
if [ ! -f id_ed25519 ]; then
  ssh-keygen -q -t ed25519 -N '' -f id_ed25519 -C edgebench-vboard-user
  changed=1
fi
if [ ! -f host_key.dropbear ]; then
  ssh-keygen -q -t ed25519 -N '' -m PEM -f host_key -C edgebench-vboard-host
  qemu-aarch64-static -L "$x" "$x/usr/lib/dropbear/dropbearconvert" openssh dropbear \
    host_key host_key.dropbear >/dev/null 2>&1 \
    || { log "dropbearconvert (under qemu-aarch64-static) failed"; exit 1; }
  echo "[127.0.0.1]:* $(cut -d' ' -f1-2 host_key.pub)" >known_hosts
  changed=1
fi

# 3. The initramfs, when anything above or this script changed.
script_sum="$(sha256sum "$here/build-images.sh" "$here/init.sh" | sha256sum | cut -d' ' -f1)"
if [ "$changed" = 0 ] && [ -f root.cpio.gz ] && [ "$(cat root.cpio.gz.inputs 2>/dev/null)" = "$script_sum" ]; then
  log "up to date ($images: kernel $kernel_version)"
  exit 0
fi
log "assembling the initramfs (kernel $kernel_version)"
rm -rf staging && mkdir -p staging
s=staging
mkdir -p $s/bin $s/sbin $s/etc/dropbear $s/lib/modules $s/lib/aarch64-linux-gnu $s/proc $s/sys \
  $s/dev $s/tmp $s/root/.ssh $s/home/bench/.ssh $s/usr/bin $s/usr/sbin $s/var/log $s/var/run
cp "$x/bin/busybox" $s/bin/busybox && ln -s busybox $s/bin/sh
cp "$x/usr/sbin/dropbear" $s/sbin/dropbear
cp -a "$x"/lib/aarch64-linux-gnu/*.so* $s/lib/aarch64-linux-gnu/ 2>/dev/null || true
cp -a "$x"/usr/lib/aarch64-linux-gnu/*.so* $s/lib/aarch64-linux-gnu/ 2>/dev/null || true
cp -aL "$x/lib/ld-linux-aarch64.so.1" $s/lib/ld-linux-aarch64.so.1
for module in failover net_failover virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci virtio_net; do
  file="$(find "$x/lib/modules/$kernel_version" -name "$module.ko*" | head -n 1)"
  [ -n "$file" ] || { log "module $module not in the kernel package"; exit 1; }
  case "$file" in
    *.ko.xz) xz -dc "$file" >$s/lib/modules/$module.ko ;;
    *) cp "$file" $s/lib/modules/$module.ko ;;
  esac
done
cp "$here/init.sh" $s/init && chmod 755 $s/init
cp host_key.dropbear $s/etc/dropbear/dropbear_ed25519_host_key
cp id_ed25519.pub $s/root/.ssh/authorized_keys
cp id_ed25519.pub $s/home/bench/.ssh/authorized_keys
printf 'root:x:0:0:root:/root:/bin/sh\nbench:x:1000:1000:bench:/home/bench:/bin/sh\n' >$s/etc/passwd
printf 'root:x:0:\nbench:x:1000:\n' >$s/etc/group
printf 'root:*:1::::::\nbench:*:1::::::\n' >$s/etc/shadow
echo /bin/sh >$s/etc/shells
chmod 700 $s/root $s/root/.ssh $s/home/bench/.ssh && chmod 600 $s/root/.ssh/authorized_keys $s/home/bench/.ssh/authorized_keys
chown -R 1000:1000 $s/home/bench
(cd $s && find . | cpio -o -H newc --quiet | gzip -1) >root.cpio.gz.part
mv root.cpio.gz.part root.cpio.gz
echo "$script_sum" >root.cpio.gz.inputs
log "built $images/root.cpio.gz ($(du -k root.cpio.gz | cut -f1) KiB) and vmlinuz"
