"""Every error the server raises on purpose, under one base class.

Library errors are translated at the adapter edge (``raise ... from err``) into one of these, so the OSC
layer can turn any of them into an ``/error address message`` reply and carry on.

    OscServerError
    ├── RequestError            the request cannot be carried out; nothing was changed
    │   ├── UnknownAddress      no endpoint matches the address (or pattern)
    │   ├── InvalidArgument     wrong argument count, type or range
    │   ├── MalformedPacket     the datagram is not valid OSC
    │   ├── Overloaded          a bounded queue (pending bundles, sync waiters, subscribers) is full
    │   └── Unavailable         the device or subsystem the request needs is not there
    └── StartupError            the server cannot start with the given configuration
"""

from __future__ import annotations


class OscServerError(Exception):
    """Base class of every error the server raises on purpose."""


class RequestError(OscServerError):
    """A request that cannot be carried out; the server state is unchanged."""


class UnknownAddress(RequestError):
    """No endpoint serves the address."""


class InvalidArgument(RequestError):
    """An argument is missing, extra, of the wrong type or out of range."""


class MalformedPacket(RequestError):
    """The datagram could not be parsed as OSC."""


class Overloaded(RequestError):
    """A bounded queue is full; the request was refused instead of growing memory."""


class Unavailable(RequestError):
    """The device or subsystem the request needs is missing or down."""


class StartupError(OscServerError):
    """The server cannot start with the given configuration."""
