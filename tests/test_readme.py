"""The README's examples run as written (from the repository root)."""
import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import saidwhat.pipeline

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language):
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_python_examples_run(capsys):
    for code in blocks("python"):
        exec(compile(code, "README.md", "exec"), {})
    assert "Direct" in capsys.readouterr().out


def test_shell_examples_run():
    commands = [line.split("#")[0].strip() for line in blocks("sh")[1].splitlines()]
    commands = [c for c in commands if c.startswith(("saidwhat", "echo"))]
    assert len(commands) >= 4
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command in commands:
        result = subprocess.run(command, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.strip(), command


def test_api_docstring_example():
    assert doctest.testmod(saidwhat.pipeline).failed == 0
