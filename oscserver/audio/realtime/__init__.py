"""The audio process's real-time side: the renderer the sound card calls, and the parts it is made of.

Each module below imports only those listed after it (and the shared memory's modules one folder up):

``renderer``    the per-block sequence, and the server's commands applied (:class:`Renderer`)
``playback``    the loops played into the mix
``overdub``     the input added into loops
``takes``       takes on their way from the input history into a track, one phase at a time
``stretched``   which buffer each track reads (its own, or a time-stretched rendering), swapped at bar lines
``meters``      peak levels
``scratch``     every array the callback works in, made once
``inplace``     the numpy operations numpy would allocate for, done in those arrays instead
``history``     the input history ring
``voices``      each track's loop, when it plays, and what its buffer holds
``commands``    the command and event codes, and command records decoded into named fields
``frameclock``  when each frame is heard, on the host clock
``clicktrack``  the click
"""
