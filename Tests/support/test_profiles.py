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

    def test_bad_board_name_is_refused(self):
        with self.assertRaises(profiles.ProfileError):
            profiles.load("../etc")


if __name__ == "__main__":
    unittest.main()
