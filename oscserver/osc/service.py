"""From datagram to answers: parse, resolve, validate, run now or at the timetag, reply, push.

This is the sans-I/O heart of the transport: it is handed bytes and a :class:`Peer`, and sends through the
peer. Sockets live in :mod:`oscserver.osc.transport`. Nothing a client sends can raise out of here: every
refusal becomes an ``/error address message`` to the sender.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Coroutine, Hashable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from oscserver.exceptions import MalformedPacket, Overloaded, RequestError
from oscserver.osc.access import AccessPolicy
from oscserver.osc.budget import BudgetedPeer, ReplyBudget
from oscserver.osc.codec import Message, encode_message, parse_packet
from oscserver.osc.error_reply import MAX_QUOTED_ADDRESS_BYTES, fitted, shorten
from oscserver.osc.faultlog import FaultLog
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint, HandlerResult, Registry, Reply, Request, Role, Target
from oscserver.osc.scheduler import BundleScheduler, TimerHandle
from oscserver.osc.subscribers import Publisher, Subscribers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """Every queue the outside world can fill is bounded."""

    max_subscribers: int = 64
    max_pending_bundles: int = 1024
    max_pending_bundles_per_sender: int = 256  # per source address: one client cannot fill the scheduler
    max_running_requests: int = 64  # requests whose answer takes time (a save, a calibration)
    # What one packet may cost (see oscserver.osc.budget): a bundle setting every control of 64 tracks fits;
    # 2,700 copies of /looper/*/state do not. 16 KiB holds the state dump of 64 tracks and /api together.
    max_targets_per_packet: int = 256
    max_reply_bytes_per_packet: int = 16 * 1024


@dataclass
class Stats:
    received: int = 0
    messages: int = 0
    malformed: int = 0
    errors: int = 0
    replies: int = 0
    internal_errors: int = 0
    over_budget: int = 0  # packets that addressed too many targets or drew too many reply bytes


@dataclass
class _Plan:
    """One message of a packet, resolved and bound, not yet carried out."""

    message: Message
    delay: float  # seconds until its timetag; <= 0 means now
    targets: int = 0
    now: list[tuple[Endpoint, Request]] = field(default_factory=list)
    later: list[tuple[Endpoint, Request]] = field(default_factory=list)  # run by the scheduler
    refusal: tuple[RequestError, Target | None] | None = None
    failure: Exception | None = None  # a bug, reported as an internal error


class OscService:
    def __init__(
        self,
        registry: Registry,
        host_now: Callable[[], float],
        wall_now: Callable[[], float],
        call_later: Callable[[float, Callable[[], None]], TimerHandle],
        create_task: Callable[[Coroutine[Any, Any, HandlerResult]], asyncio.Task[HandlerResult]],
        limits: Limits = Limits(),
        access: AccessPolicy | None = None,
    ) -> None:
        self.registry = registry
        self.limits = limits
        self.access = access or AccessPolicy()
        self.stats = Stats()
        self.faults = FaultLog(log, host_now)  # internal errors, with tracebacks but never a flood of them
        self._host_now = host_now
        self._wall_now = wall_now
        self._create_task = create_task
        self.subscribers = Subscribers(limits.max_subscribers)
        self.publisher = Publisher(self.subscribers, host_now, call_later)
        self.scheduler = BundleScheduler(
            call_later, limits.max_pending_bundles, limits.max_pending_bundles_per_sender
        )
        self._running: set[asyncio.Task[HandlerResult]] = set()

    # -- input -------------------------------------------------------------------------------------

    def handle_datagram(self, data: bytes, sender: Peer) -> None:
        """Carry out every message in one datagram. Never raises."""
        if not self.access.admits(sender.host):
            return  # dropped unanswered, counted by the policy
        self.stats.received += 1
        try:
            messages = parse_packet(data)
        except MalformedPacket as err:
            self.stats.malformed += 1
            self.send_error(sender, "", str(err))
            return
        except Exception as err:  # a parser bug must not stop the server either
            self.stats.malformed += 1
            self.faults.fault("parsing", err, "unexpected error parsing a packet from %s", sender)
            self.send_error(sender, "", f"malformed packet: {err}")
            return
        budget = ReplyBudget(self.limits.max_reply_bytes_per_packet)
        try:
            self._carry_out(messages, BudgetedPeer(sender, budget))
        finally:
            budget.open = False
        if budget.dropped:
            self.stats.over_budget += 1
            self.send_error(
                sender,
                "",
                f"this packet drew more than {self.limits.max_reply_bytes_per_packet} bytes of replies: "
                f"{budget.dropped} were not sent (ask for less in one packet)",
            )

    def handle_message(self, message: Message, sender: Peer) -> None:
        """Carry out one message made inside the server (a MIDI binding) as if ``sender`` had sent it: the
        same checks, dispatch and pushes; what is refused goes to ``sender`` as ``/error``. Never raises."""
        budget = ReplyBudget(self.limits.max_reply_bytes_per_packet)
        try:
            self._carry_out([message], BudgetedPeer(sender, budget))
        finally:
            budget.open = False

    def _carry_out(self, messages: list[Message], sender: Peer) -> None:
        """Plan every message first, so a packet over a budget, or a bundle refused, changes nothing."""
        wall, host = self._wall_now(), self._host_now()
        plans: list[_Plan] = []
        cost = 0
        for message in messages:
            self.stats.messages += 1
            plan = self._plan(message, sender, wall, host)
            cost += max(1, plan.targets)  # a message that names nothing still cost a look-up
            if cost > self.limits.max_targets_per_packet:
                self.stats.over_budget += 1
                self.send_error(
                    sender,
                    "",
                    f"this packet addresses more than {self.limits.max_targets_per_packet} targets (messages "
                    "and what their patterns match, together): nothing of it was carried out",
                )
                return
            plans.append(plan)
        if not self._admit_future(plans, sender):
            plans = [plan for plan in plans if plan.delay <= 0]
        for plan in plans:
            self._run(plan, sender)

    def _plan(self, message: Message, sender: Peer, wall: float, host: float) -> _Plan:
        delay = 0.0 if message.timetag is None else message.timetag - wall
        plan = _Plan(message, delay)
        at = host + delay if delay > 0 else None
        try:
            targets = self.registry.resolve(message.address)
            plan.targets = len(targets)
            for target in targets:
                try:
                    request = self._bind(target, message, sender, at)
                except RequestError as err:
                    plan.refusal = (err, target)
                    return plan
                if request is not None:
                    late = at is not None and not target.endpoint.timed
                    (plan.later if late else plan.now).append((target.endpoint, request))
        except RequestError as err:
            plan.refusal = (err, None)
        except Exception as err:
            plan.failure = err
        return plan

    def _admit_future(self, plans: list[_Plan], sender: Peer) -> bool:
        """Schedule the packet's future bundles (one per timetag), all or none; False when refused."""
        bundles: dict[float, list[tuple[Endpoint, Request, str]]] = {}
        for plan in plans:
            if plan.later and plan.refusal is None and plan.failure is None:
                calls = bundles.setdefault(plan.delay, [])
                calls.extend((endpoint, request, plan.message.address) for endpoint, request in plan.later)
        if not bundles:
            return True
        try:
            self.scheduler.schedule_all(
                sender.host, [(delay, partial(self._invoke_later, calls)) for delay, calls in bundles.items()]
            )
        except Overloaded as err:
            self.send_error(sender, "#bundle", str(err))
            return False
        return True

    def _run(self, plan: _Plan, sender: Peer) -> None:
        address = plan.message.address
        if plan.failure is not None:
            self.stats.internal_errors += 1
            quoted = shorten(address, MAX_QUOTED_ADDRESS_BYTES)
            self.faults.fault("accepting", plan.failure, "internal error handling %s from %s", quoted, sender)
            self.send_error(sender, address, f"internal error: {plan.failure}")
            return
        if plan.refusal is not None:
            err, target = plan.refusal
            self.send_error(sender, address, str(err))
            if target is not None:
                self._answer_current_value(target, sender)
            return
        self._invoke_all(plan.now, address)

    def _bind(self, target: Target, message: Message, sender: Peer, at: float | None) -> Request | None:
        args = target.endpoint.bind(message.args)
        if args is None:  # a button's release
            return None
        return Request(address=target.address, path=target.path, args=args, sender=sender, at=at)

    def _answer_current_value(self, target: Target, sender: Peer) -> None:
        """After a refused set, tell the sender the value that stands, so a fader snaps back to the truth."""
        endpoint = target.endpoint
        if endpoint.role is not Role.CONTROL:
            return
        asked = dict.fromkeys(p.name for p in endpoint.params)
        ask = Request(address=target.address, path=target.path, args=asked, sender=sender)
        try:
            result = endpoint.handler(ask)
        except Exception:  # the refusal is what matters; the current value is a courtesy
            return
        if result is not None and not inspect.isawaitable(result):
            self.reply(sender, result)

    # -- running handlers --------------------------------------------------------------------------

    def _invoke_all(self, calls: Iterable[tuple[Endpoint, Request]], received_as: str) -> None:
        for endpoint, request in calls:
            self._invoke(endpoint, request, received_as)

    def _invoke_later(self, calls: Iterable[tuple[Endpoint, Request, str]]) -> None:
        for endpoint, request, received_as in calls:
            self._invoke(endpoint, request, received_as)

    def _invoke(self, endpoint: Endpoint, request: Request, received_as: str) -> None:
        try:
            result = endpoint.handler(request)
            if inspect.isawaitable(result):
                self._start_task(endpoint, request, result, received_as)
                return
            self._deliver(endpoint, request, result)
        except RequestError as err:
            self.send_error(request.sender, received_as, str(err))
            self._answer_current_value(Target(endpoint, request.address, request.path), request.sender)
        except Exception as err:
            self.stats.internal_errors += 1
            self.faults.fault(endpoint.template, err, "internal error in %s", endpoint.template)
            self.send_error(request.sender, received_as, f"internal error: {err}")

    def _start_task(
        self, endpoint: Endpoint, request: Request, awaitable: Awaitable[HandlerResult], received_as: str
    ) -> None:
        if len(self._running) >= self.limits.max_running_requests:
            if inspect.iscoroutine(awaitable):
                awaitable.close()
            raise Overloaded(
                f"{self.limits.max_running_requests} requests are still running; try again later"
            )

        async def finish() -> HandlerResult:
            try:
                result = await awaitable
                self._deliver(endpoint, request, result)
            except RequestError as err:
                self.send_error(request.sender, received_as, str(err))
            except Exception as err:
                self.stats.internal_errors += 1
                self.faults.fault(endpoint.template, err, "internal error in %s", endpoint.template)
                self.send_error(request.sender, received_as, f"internal error: {err}")
            return None

        task = self._create_task(finish())
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    def _deliver(self, endpoint: Endpoint, request: Request, result: HandlerResult) -> None:
        if result is None:
            return
        replies = list(result)
        was_set = endpoint.role is Role.CONTROL and any(v is not None for v in request.args.values())
        if was_set:
            # A change is news for every subscriber; the sender hears it as one of them when it is one.
            # Deduplicated: the subsystem may already have pushed the new value while applying it.
            for address, args in replies:
                self.publisher.publish(address, args)
            if request.sender.key in self.subscribers:
                return
        self.reply(request.sender, replies)

    # -- output ------------------------------------------------------------------------------------

    def reply(self, peer: Peer, replies: Iterable[Reply]) -> None:
        for address, args in replies:
            peer.send(encode_message(address, args))
            self.stats.replies += 1

    def send_error(self, peer: Peer, address: str, message: str) -> None:
        self.stats.errors += 1
        address, message = fitted(address, message)  # an /error always fits one datagram
        log.debug("/error to %s: %s %s", peer, address, message)
        peer.send(encode_message("/error", (address, message)))

    def send_failed(self, key: Hashable, reason: str) -> None:
        """A send to ``key`` bounced (ICMP unreachable): a subscriber there is dropped."""
        if key in self.subscribers:
            self.subscribers.drop(key, reason)

    async def drain(self) -> None:
        """Wait for requests still running (at shutdown)."""
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    def close(self) -> None:
        self.scheduler.cancel_all()
