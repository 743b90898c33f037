#!/usr/bin/env python3
"""Unit tests of boards/profiles.py: the machine check deploy and the playbook both rely on, and
the errors a malformed profile gives."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "boards"))
import profiles  # noqa: E402


class MachineCheck(unittest.TestCase):
    def test_matching_machines_pass(self):
        self.assertIsNone(profiles.check_machine("aarch64-embedded", "aarch64"))
        self.assertIsNone(profiles.check_machine("aarch64-embedded", "arm64"))
        self.assertIsNone(profiles.check_machine("armv7-embedded", "armv7l"))
        self.assertIsNone(profiles.check_machine("armv7-embedded", "armv8l"))
        self.assertIsNone(profiles.check_machine("x86_64-host", "x86_64"))
        self.assertIsNone(profiles.check_machine("riscv64-embedded", "riscv64"))

    def test_emulated_board_is_judged_by_its_runner(self):
        self.assertIsNone(
            profiles.check_machine("aarch64-embedded", "x86_64", "qemu-aarch64-static"))
        reason = profiles.check_machine("aarch64-embedded", "x86_64", "qemu-riscv64-static")
        self.assertIn("through qemu-riscv64-static", reason)

    def test_armv6_cannot_run_the_armv7_binary(self):
        reason = profiles.check_machine("armv7-embedded", "armv6l")
        self.assertEqual(reason, "runs armv6 but target armv7-embedded builds armv7 binaries")

    def test_other_mismatches_are_refused(self):
        self.assertIsNotNone(profiles.check_machine("aarch64-embedded", "x86_64"))
        self.assertIsNotNone(profiles.check_machine("x86_64-embedded", "aarch64"))
        self.assertIsNotNone(profiles.check_machine("armv7-embedded", "aarch64"))

    def test_unknown_target_is_an_error(self):
        with self.assertRaises(profiles.ProfileError):
            profiles.check_machine("mips-embedded", "mips")


class ProfileErrors(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        os.environ["EDGEBENCH_BOARDS_DIR"] = self.folder.name

    def tearDown(self):
        del os.environ["EDGEBENCH_BOARDS_DIR"]
        self.folder.cleanup()

    def write(self, name, text):
        os.makedirs(os.path.join(self.folder.name, name))
        with open(os.path.join(self.folder.name, name, "board.conf"), "w") as profile:
            profile.write(text)

    def test_complete_profile_gets_defaults(self):
        self.write("pi", "host = pi.local\nuser = pi\ntarget = aarch64-embedded\n")
        profile = profiles.load("pi")
        self.assertEqual((profile["port"], profile["workdir"]), ("22", "/tmp/edgebench"))
        self.assertEqual(profiles.names(), ["pi"])

    def test_errors_name_file_and_line(self):
        cases = {
            "unknown": ("host = a\nuser = b\ntarget = c\ncolour = red\n", ":4: unknown key 'colour'"),
            "twice": ("host = a\nhost = b\n", ":2: 'host' is set twice"),
            "noequals": ("host a\n", ":1: expected 'key = value'"),
            "missing": ("host = a\n", "'user' is required"),
            "port": ("host = a\nuser = b\ntarget = c\nport = 70000\n", "is not a TCP port"),
        }
        for name, (text, message) in cases.items():
            self.write(name, text)
            with self.assertRaises(profiles.ProfileError) as raised:
                profiles.load(name)
            self.assertIn(message, str(raised.exception), name)
            self.assertIn(os.path.join(name, "board.conf"), str(raised.exception), name)

    def test_virtual_board_gets_defaults(self):
        os.environ["EDGEBENCH_VBOARD_IMAGES"] = "/images"
        try:
            self.write("v", "host = 127.0.0.1\nuser = root\ntarget = aarch64-embedded\n"
                            "port = 42201\nvirtual = qemu-system\ncpu = cortex-a53\n")
            profile = profiles.load("v")
        finally:
            del os.environ["EDGEBENCH_VBOARD_IMAGES"]
        self.assertEqual((profile["memory"], profile["icount"]), ("512", "0"))
        self.assertEqual(profile["identity"], "/images/id_ed25519")

    def test_virtual_errors(self):
        base = "host = 127.0.0.1\nuser = root\ntarget = aarch64-embedded\nport = 42201\n"
        cases = {
            "kind": (base + "virtual = vmware\ncpu = cortex-a53\n", "virtual 'vmware' is not known"),
            "cpu": (base + "virtual = qemu-system\ncpu = cortex-x9\n", "cpu 'cortex-x9' is not a known"),
            "nocpu": (base + "virtual = qemu-system\n", "cpu '' is not a known"),
            "memory": (base + "virtual = qemu-system\ncpu = max\nmemory = 64\n", "memory '64'"),
            "icount": (base + "virtual = qemu-system\ncpu = max\nicount = 11\n", "icount '11'"),
            "stray": ("host = a\nuser = b\ntarget = c\ncpu = cortex-a53\n",
                      "'cpu' is only for virtual boards"),
            "host": ("host = pi.local\nuser = b\ntarget = c\nport = 2\nvirtual = qemu-system\n"
                     "cpu = max\n", "a virtual board's host is 127.0.0.1"),
            "port22": ("host = 127.0.0.1\nuser = b\ntarget = c\nvirtual = qemu-system\n"
                       "cpu = max\n", "its own forwarded port"),
        }
        for name, (text, message) in cases.items():
            self.write(name, text)
            with self.assertRaises(profiles.ProfileError) as raised:
                profiles.load(name)
            self.assertIn(message, str(raised.exception), name)

    def test_committed_virtual_boards_load(self):
        del os.environ["EDGEBENCH_BOARDS_DIR"]
        try:
            virtual = [name for name in profiles.names() if profiles.load(name)["virtual"]]
            cpus = {profiles.load(name)["cpu"] for name in virtual}
            targets = {profiles.load(name)["target"] for name in virtual}
            ports = [profiles.load(name)["port"] for name in virtual]
        finally:
            os.environ["EDGEBENCH_BOARDS_DIR"] = self.folder.name
        self.assertTrue({"cortex-a53", "cortex-a72", "cortex-a76", "neoverse-n1"} <= cpus, cpus)
        self.assertIn("armv7-embedded", targets)
        self.assertEqual(len(ports), len(set(ports)), "virtual boards boot in parallel: one port each")

    def test_bad_board_name_is_refused(self):
        with self.assertRaises(profiles.ProfileError):
            profiles.load("../etc")


if __name__ == "__main__":
    unittest.main()
