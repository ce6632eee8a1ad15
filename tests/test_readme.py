"""The README's quickstart is what CI runs and what a new user types: keep them true."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def quickstart() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "the README's quickstart has no bash block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quickstart_is_two_commands_install_then_run():
    commands = quickstart()
    assert len(commands) == 2
    assert all(command.startswith("pip install") for command in commands)
    assert "fru-cite" in commands[0]
    assert "pytest" in commands[1] and "[test]" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quickstart()[1] in ci.splitlines()


def test_quickstart_main_job_runs_on_the_bundled_sample():
    # The package is installed already; run what follows the install.
    main_job = quickstart()[0].split("&&", 1)[1].strip()
    argv = shlex.split(main_job)
    assert argv[0] == "fru-cite"
    result = subprocess.run(
        [sys.executable, "-m", "fru_cite", *argv[1:]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "frus1943v01" in result.stdout
    assert "686" in result.stdout


def console_examples() -> list[tuple[str, str]]:
    """(command, expected output) pairs from the README's ``console`` blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    examples.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            examples.append((command, "\n".join(output)))
    return examples


def test_readme_has_console_examples():
    assert len(console_examples()) >= 5


@pytest.mark.parametrize(("command", "expected"), console_examples(), ids=lambda v: v[:40])
def test_readme_console_example_prints_what_it_says(command, expected):
    argv = shlex.split(command)
    assert argv[0] == "fru-cite"
    result = subprocess.run(
        [sys.executable, "-m", "fru_cite", *argv[1:]], capture_output=True, text=True
    )
    assert (result.stdout + result.stderr).rstrip("\n") == expected
