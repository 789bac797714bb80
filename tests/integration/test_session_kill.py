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
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import numpy as np
    from oscserver.sessions.store import SessionStore

    store = SessionStore(Path(sys.argv[1]))
    n = int(sys.argv[2])
    Path(sys.argv[3]).touch()  # started: the saves begin
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
    for attempt in range(8):
        started = tmp_path / f"started-{attempt}"
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path), str(completed), str(started)],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Killed at a random moment of its saves, however long it took to start: the delay is when the
        # kill lands (what the test varies), not a wait for anything.
        wait_until(started.exists, 30, what="the saver starting")
        time.sleep(rng.uniform(0.05, 0.6))
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
