"""The musical core: timeline maths, scheduling decisions and state machines. No I/O, no threads.

Everything here takes the time it needs as an argument (or from a :class:`~oscserver.engine.clock.Clock`
passed in), so that tests can drive it on a manual clock with exact expectations.
"""
