#!/bin/sh
# The virtual boards' init (PID 1 in the initramfs build-images.sh assembles): mounts the
# kernel filesystems, loads virtio-net, configures QEMU user networking statically, starts
# dropbear on port 22 and waits. The board powers off with `poweroff -f` (QEMU then exits).
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp
chmod 1777 /tmp
for module in failover net_failover virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci virtio_net; do
  insmod /lib/modules/$module.ko || echo "vboard: insmod $module failed"
done
hostname vboard
ip link set lo up
ip addr add 10.0.2.15/24 dev eth0
ip link set eth0 up
ip route add default via 10.0.2.2
dropbear -R -E -p 22 2>/tmp/dropbear.log
echo "vboard: ready ($(cat /proc/sys/kernel/perf_event_paranoid) perf_event_paranoid)"
while :; do sleep 3600; done
