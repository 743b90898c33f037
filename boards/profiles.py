#!/usr/bin/env python3
"""Board profiles (boards/<name>/board.conf): the one parser the deploy command and the Ansible
playbook share.

  profiles.py show NAME       the profile as shell assignments (BOARD_HOST=..., quoted), for
                              Toolchains/deploy.sh to eval
  profiles.py names           every board with a profile
  profiles.py --list          Ansible dynamic inventory of every board (group `boards`)
  profiles.py --host NAME     Ansible host variables of one board
  profiles.py check-machine TARGET MACHINE [RUNNER]
                              whether a board whose `uname -m` is MACHINE (run through RUNNER,
                              e.g. qemu-aarch64-static) can run TARGET's binaries; exit 1 and
                              a reason when not

The boards folder is $EDGEBENCH_BOARDS_DIR, or the folder this script is in. A malformed profile
is an error naming the file and line; the exit status is then 2.
"""
import json
import os
import re
import shlex
import sys

REQUIRED = ("host", "user", "target")
DEFAULTS = {"port": "22", "identity": "", "runner": "", "workdir": "/tmp/edgebench",
            "model": "", "notes": "", "virtual": "", "cpu": "", "memory": "", "icount": ""}
# Virtual boards (virtual = qemu-system, see boards/virtual/vboard): the `-cpu` models whose
# MIDR and PMU this project has seen under qemu-system-aarch64 7.2 (docs: shared DESIGN.md).
VIRTUAL_CPUS = ("cortex-a35", "cortex-a53", "cortex-a57", "cortex-a72", "cortex-a76",
                "neoverse-n1", "max")
VIRTUAL_KEYS = ("cpu", "memory", "icount")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class ProfileError(Exception):
    """A profile that cannot be used, with the file and line that say why."""


def boards_dir():
    return os.environ.get("EDGEBENCH_BOARDS_DIR") or os.path.dirname(os.path.abspath(__file__))


def profile_path(name):
    return os.path.join(boards_dir(), name, "board.conf")


def names():
    root = boards_dir()
    return sorted(entry for entry in os.listdir(root)
                  if NAME.match(entry) and os.path.isfile(os.path.join(root, entry, "board.conf")))


def load(name):
    """The profile of board `name` as a dict with every key, defaults filled in."""
    if not NAME.match(name):
        raise ProfileError(f"board name '{name}' may hold only letters, digits, '.', '_', '-'")
    path = profile_path(name)
    if not os.path.isfile(path):
        raise ProfileError(f"board '{name}': no profile at {path}")
    profile = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            key, equals, value = text.partition("=")
            key, value = key.strip(), value.strip()
            if not equals or not key:
                raise ProfileError(f"{path}:{number}: expected 'key = value', got '{text}'")
            if key not in REQUIRED and key not in DEFAULTS:
                known = ", ".join(REQUIRED + tuple(DEFAULTS))
                raise ProfileError(f"{path}:{number}: unknown key '{key}' (known: {known})")
            if key in profile:
                raise ProfileError(f"{path}:{number}: '{key}' is set twice")
            profile[key] = value
    for key in REQUIRED:
        if not profile.get(key):
            raise ProfileError(f"{path}: '{key}' is required")
    if not profile.get("port", "22").isdigit() or not 0 < int(profile.get("port", "22")) < 65536:
        raise ProfileError(f"{path}: port '{profile['port']}' is not a TCP port")
    for key, value in DEFAULTS.items():
        profile.setdefault(key, value)
    check_virtual(path, profile)
    profile["identity"] = os.path.expanduser(profile["identity"]) if profile["identity"] else ""
    profile["name"] = name
    return profile


def vboard_images():
    """Where boards/virtual/build-images.sh keeps images and the boards' SSH key."""
    return os.environ.get("EDGEBENCH_VBOARD_IMAGES") or os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", ".vboards"))


def check_virtual(path, profile):
    """Validates the keys of a virtual board and fills in its defaults (identity: the key the
    images authorize; memory 512 MiB; icount shift 0, precise instruction counts)."""
    kind = profile["virtual"]
    if not kind:
        stray = [key for key in VIRTUAL_KEYS if profile[key]]
        if stray:
            raise ProfileError(f"{path}: '{stray[0]}' is only for virtual boards "
                               "(set virtual = qemu-system)")
        return
    if kind != "qemu-system":
        raise ProfileError(f"{path}: virtual '{kind}' is not known (known: qemu-system)")
    if profile["host"] not in ("127.0.0.1", "localhost"):
        raise ProfileError(f"{path}: a virtual board's host is 127.0.0.1 (QEMU forwards its SSH "
                           f"there), not '{profile['host']}'")
    if profile["cpu"] not in VIRTUAL_CPUS:
        raise ProfileError(f"{path}: cpu '{profile['cpu']}' is not a known model "
                           f"(known: {', '.join(VIRTUAL_CPUS)})")
    profile["memory"] = profile["memory"] or "512"
    if not profile["memory"].isdigit() or not 128 <= int(profile["memory"]) <= 8192:
        raise ProfileError(f"{path}: memory '{profile['memory']}' is not 128 to 8192 (MiB)")
    profile["icount"] = profile["icount"] or "0"
    if profile["icount"] != "off" and (not profile["icount"].isdigit()
                                       or int(profile["icount"]) > 10):
        raise ProfileError(f"{path}: icount '{profile['icount']}' is not a shift 0 to 10 or off")
    if profile["port"] == "22":
        raise ProfileError(f"{path}: a virtual board needs its own forwarded port (not 22)")
    if not profile["identity"]:
        profile["identity"] = os.path.join(vboard_images(), "id_ed25519")


def targets_conf():
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Toolchains",
                        "targets.conf")


def normalize_machine(machine):
    """`uname -m` (or the architecture in a qemu runner's name) as one name per family."""
    # 32-bit Arm splits by ISA level: the armv7 target needs ARMv7-A (armv7l, or armv8l for a
    # 64-bit core in 32-bit mode); a Pi Zero or Pi 1 (armv6l) cannot run it.
    families = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64",
                "arm": "armv7", "armv7l": "armv7", "armv8l": "armv7", "armhf": "armv7",
                "armel": "armv7", "armv6l": "armv6", "armv5tel": "armv5", "riscv64": "riscv64"}
    return families.get(machine, machine)


def target_machine(target):
    """The machine family a Toolchains/targets.conf target builds for, from its GNU triple."""
    try:
        with open(targets_conf(), encoding="utf-8") as table:
            for line in table:
                columns = line.split("#", 1)[0].split()
                if len(columns) >= 3 and columns[0] == target:
                    return normalize_machine(columns[2].split("-", 1)[0])
    except OSError as error:
        raise ProfileError(f"cannot read the target table: {error}") from error
    raise ProfileError(f"no target '{target}' in Toolchains/targets.conf")


def check_machine(target, machine, runner=""):
    """None when the board can run `target`'s binaries, else the reason it cannot."""
    effective = normalize_machine(machine)
    emulated = re.search(r"qemu-([a-z0-9_]+)", runner or "")
    if emulated:
        effective = normalize_machine(emulated.group(1))
    wanted = target_machine(target)
    if effective != wanted:
        how = f" through {runner}" if emulated else ""
        return f"runs {effective}{how} but target {target} builds {wanted} binaries"
    return None


def ansible_vars(profile):
    variables = {
        "ansible_host": profile["host"], "ansible_port": int(profile["port"]),
        "ansible_user": profile["user"], "edgebench_target": profile["target"],
        "edgebench_runner": profile["runner"], "edgebench_workdir": profile["workdir"],
        "edgebench_model": profile["model"],
    }
    if profile["identity"]:
        variables["ansible_ssh_private_key_file"] = profile["identity"]
    return variables


def main(arguments):
    try:
        if arguments[:1] == ["show"] and len(arguments) == 2:
            for key, value in sorted(load(arguments[1]).items()):
                print(f"BOARD_{key.upper()}={shlex.quote(value)}")
        elif arguments[:1] == ["check-machine"] and len(arguments) in (3, 4):
            reason = check_machine(*arguments[1:])
            if reason:
                print(reason)
                return 1
        elif arguments == ["names"]:
            print("\n".join(names()))
        elif arguments == ["--list"]:
            boards = {name: ansible_vars(load(name)) for name in names()}
            print(json.dumps({"boards": {"hosts": sorted(boards)},
                              "_meta": {"hostvars": boards}}, indent=2))
        elif arguments[:1] == ["--host"] and len(arguments) == 2:
            print(json.dumps(ansible_vars(load(arguments[1]))))
        else:
            print(__doc__.strip(), file=sys.stderr)
            return 2
    except ProfileError as error:
        print(f"profiles: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
