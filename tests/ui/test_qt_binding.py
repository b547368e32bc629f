"""The Qt binding itself must be sound: a leak of references to None ends a long session
with "Fatal Python error: none_dealloc" (PySide6 6.12.0 on Python 3.11 did that)."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(["probe", "-platform", "offscreen"])
label = QLabel("x")
before = sys.getrefcount(None)
for n in range(20_000):
    label.setText(str(n))
    label.update()
print(sys.getrefcount(None) - before)
"""


def test_qt_calls_do_not_leak_references_to_none():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
