"""A save killed with SIGKILL at any moment leaves the previous session intact (or the new one, whole)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from oscserver.sessions.store import SessionStore

pytestmark = pytest.mark.integration

SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import numpy as np
    from oscserver.sessions.store import SessionStore

    store = SessionStore(Path(sys.argv[1]))
    n = int(sys.argv[2])
    while True:
        n += 1
        frames = np.full((48000 * 2, 2), n, dtype=np.float32)  # two seconds of stereo: a slow write
        store.save("gig", {"n": n}, {"track-1": frames, "track-2": -frames}, 48000)
        print(n, flush=True)
    """
)


def test_kill_9_during_repeated_saves_never_leaves_a_broken_session(tmp_path: Path) -> None:
    rng = random.Random(1)
    store = SessionStore(tmp_path)
    store.save("gig", {"n": 0}, {}, 48000)
    completed = 0
    for _ in range(12):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path), str(completed)], stdout=subprocess.PIPE, text=True
        )
        time.sleep(rng.uniform(0.3, 1.2))
        saver.kill()
        out, _ = saver.communicate()
        printed = [int(line) for line in out.split()]
        loaded = store.load("gig")  # must succeed: complete, checksums right
        n = loaded.parts["n"]
        # The session is the last save reported done, or the one in flight if it got past its rename.
        last_done = printed[-1] if printed else completed
        assert n in (last_done, last_done + 1)
        for stem, sign in (("track-1", 1), ("track-2", -1)):
            if n:
                assert np.all(loaded.audio[stem] == sign * n)
        completed = n
    assert completed > 0
