"""A fake Telegram Bot API server on loopback, written for the tests (no maintained one exists for PTB 22).

A small HTTP/1.1 keep-alive server on asyncio streams, run in a thread with its own event loop, so the real
python-telegram-bot library (in the test's loop, or in a subprocess) talks to it over TCP. It answers
getMe, deleteWebhook, getUpdates (offsets; waits briefly when empty), sendMessage, setMyCommands,
answerCallbackQuery, editMessageText and getChatMember; it can enforce Telegram's flood limits (429 with
retry_after), inject 429/403/400/5xx answers, migrate a group, and drop connections; it records every
message with a monotonic timestamp per chat.

Run alone (for benchmarks): `python -m tests.support.fakebot [--limits telegram|none]` prints `PORT <n>` and serves
`GET /_fake/stats` (counts, 429s, first and last send times) until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from bot.limits import Limits, is_group


def bot_token(name: str = "STORYWATCH_TEST_BOT_TOKEN") -> str:
    """A bot token for the fake Bot API: from the environment when set, else made up for this run (none is kept in
    the repository; the fake accepts whatever token it is started with)."""
    given = os.environ.get(name, "").strip()
    if given:
        return given
    return f"{secrets.randbelow(9 * 10**8) + 10**8}:AA{secrets.token_urlsafe(32)[:33]}"


TOKEN = bot_token()


@dataclass
class Sent:
    chat_id: int
    message_id: int
    text: str
    at: float  # time.monotonic() when accepted
    reply_markup: Any = None
    parse_mode: str | None = None


@dataclass
class Fault:
    """Answer the next `times` matching calls with this error instead (or drop the connection)."""

    method: str = "sendMessage"
    chat_id: int | None = None
    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    migrate_to: int | None = None
    drop: bool = False
    times: int = 1


@dataclass
class FakeBotAPI:
    token: str = TOKEN
    limits: Limits | None = None  # enforce these flood limits with 429s (no margin: Telegram's own view)
    username: str = "storywatch_test_bot"
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    admins: dict[int, set[int]] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, float]] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)  # the default menu (no language_code)
    commands_by_language: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    flood_429s: int = 0
    injected: int = 0

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 1000
        self._recent: deque[float] = deque()
        self._chat_last: dict[int, float] = {}
        self._group_sends: dict[int, deque[float]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._new_update: asyncio.Event | None = None
        self.port = 0
        self.webhook: dict[str, Any] = {}

    # -- life cycle ------------------------------------------------------------------------------------

    def start(self) -> FakeBotAPI:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            self._new_update = asyncio.Event()
            self._server = loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-bot-api", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what tests set up and inspect ---------------------------------------------------------------

    def add_chat(self, chat_id: int, chat_type: str = "private", *, title: str = "", admins: set[int] = frozenset()
                 ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = title or f"user{chat_id}"
        else:
            chat["title"] = title or f"chat{chat_id}"
        with self.lock:
            self.chats[chat_id] = chat
            self.admins[chat_id] = set(admins)
        return chat

    def chat(self, chat_id: int) -> dict[str, Any]:
        with self.lock:
            return self.chats.get(chat_id) or {"id": chat_id, "type": "private" if chat_id > 0 else "group",
                                               "first_name" if chat_id > 0 else "title": f"c{chat_id}"}

    def _push(self, update: dict[str, Any]) -> int:
        with self.lock:
            update_id = self._next_update
            self._next_update += 1
            self._updates.append({"update_id": update_id, **update})
        if self._loop is not None and self._new_update is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update_id

    def _message(self, chat_id: int, text: str, sender: dict[str, Any] | None) -> dict[str, Any]:
        with self.lock:
            self._next_message += 1
            message_id = self._next_message
        msg: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": self.chat(chat_id),
                               "text": text}
        if sender is not None:
            msg["from"] = sender
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return msg

    def command_update(self, chat_id: int, text: str, update_id: int = 1) -> dict[str, Any]:
        """An update as Telegram would post it to a webhook."""
        user = {"id": chat_id, "is_bot": False, "first_name": f"u{chat_id}"}
        return {"update_id": update_id, "message": self._message(chat_id, text, user)}

    def push_command(self, chat_id: int, text: str, *, user_id: int | None = None, language: str | None = None
                     ) -> int:
        """A user (by default the private chat's own user, whose Telegram is in `language`) sends `text`."""
        user: dict[str, Any] = {"id": user_id or chat_id, "is_bot": False, "first_name": f"u{user_id or chat_id}"}
        if language:
            user["language_code"] = language
        return self._push({"message": self._message(chat_id, text, user)})

    def push_channel_post(self, chat_id: int, text: str) -> int:
        post = self._message(chat_id, text, None)
        post["sender_chat"] = self.chat(chat_id)
        return self._push({"channel_post": post})

    def push_callback(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None) -> int:
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "u"}
        message = {"message_id": message_id, "date": int(time.time()), "chat": self.chat(chat_id), "text": "…",
                   "from": {"id": 1, "is_bot": True, "first_name": "bot"}}
        return self._push({"callback_query": {"id": f"cq{time.monotonic_ns()}", "from": user, "chat_instance": "ci",
                                              "data": data, "message": message}})

    def inject(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def to(self, chat_id: int) -> list[Sent]:
        with self.lock:
            return [s for s in self.sent if s.chat_id == chat_id]

    def snapshot(self) -> list[Sent]:
        with self.lock:
            return list(self.sent)

    def reset_sent(self) -> None:
        with self.lock:
            self.sent.clear()

    async def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait (in the test's loop) until predicate() holds; fails the test on timeout."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("timed out waiting for the fake Bot API")
            await asyncio.sleep(0.01)

    async def reply_to(self, chat_id: int, before: int, timeout: float = 10.0) -> Sent:
        """The first message to `chat_id` after the first `before` ones."""
        await self.until(lambda: len(self.to(chat_id)) > before, timeout)
        return self.to(chat_id)[before]

    # -- HTTP --------------------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                verb, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:] if ":" in ln)}
                body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
                reply = await self._handle(verb, path, headers.get("content-type", ""), body)
                if reply is None:  # a dropped connection
                    writer.transport.abort()
                    return
                status, payload = reply
                data = json.dumps(payload).encode()
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(data)}"
                             "\r\nConnection: keep-alive\r\n\r\n".encode() + data)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            writer.close()

    async def _handle(self, verb: str, path: str, content_type: str, body: bytes
                      ) -> tuple[int, dict[str, Any]] | None:
        if verb == "GET" and path == "/_fake/stats":
            return 200, self.stats()
        if verb == "GET" and path == "/_fake/sent":
            with self.lock:
                return 200, {"sent": [[s.chat_id, s.message_id, s.at] for s in self.sent]}
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = path[len(prefix):]
        params: dict[str, Any] = {}
        if "json" in content_type and body:
            params = json.loads(body)
        elif body:
            for key, value in parse_qsl(body.decode(), keep_blank_values=True):
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
        with self.lock:
            self.calls.append((method, time.monotonic()))
        fault = self._take_fault(method, params)
        if fault is not None:
            if fault.drop:
                return None
            error: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                error["parameters"] = {"retry_after": fault.retry_after}
            if fault.migrate_to is not None:
                error["parameters"] = {"migrate_to_chat_id": fault.migrate_to}
            return fault.status, error
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": f"Not Found: method {method}"}
        result = await handler(params)
        if isinstance(result, tuple):
            return result
        return 200, {"ok": True, "result": result}

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                chat = str(params.get("chat_id"))
                if fault.method == method and (fault.chat_id is None or str(fault.chat_id) == chat):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    self.injected += 1
                    return fault
        return None

    # -- methods -----------------------------------------------------------------------------------------

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": int(self.token.split(":")[0]), "is_bot": True, "first_name": "storywatch",
                "username": self.username, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        with self.lock:
            self.webhook = {}
        return True

    async def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        with self.lock:
            self.webhook = dict(params)
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> bool:
        with self.lock:
            language = str(params.get("language_code") or "")
            self.commands_by_language[language] = list(params.get("commands") or [])
            if not language:
                self.commands = self.commands_by_language[language]
        return True

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        with self.lock:
            self.answers.append(params)
        return True

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0) + 0.05
        while True:
            with self.lock:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = self._updates[:limit]
            if ready or time.monotonic() >= deadline:
                return ready
            assert self._new_update is not None
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                pass

    async def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = {"id": user_id, "is_bot": False, "first_name": f"u{user_id}"}
        with self.lock:
            admin = user_id in self.admins.get(chat_id, set())
        if admin:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | tuple[int, dict[str, Any]]:
        chat_id = int(params["chat_id"])
        text = str(params.get("text", ""))
        if not text or len(text.encode("utf-16-le")) // 2 > 4096:
            return 400, {"ok": False, "error_code": 400,
                         "description": "Bad Request: message text is empty or too long"}
        now = time.monotonic()
        chat = self.chat(chat_id)
        with self.lock:
            wait = self._flood_wait(chat_id, chat["type"], now)
            if wait:
                self.flood_429s += 1
                return 429, {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {wait}",
                             "parameters": {"retry_after": wait}}
            self._next_message += 1
            message_id = self._next_message
            self.sent.append(Sent(chat_id, message_id, text, now, params.get("reply_markup"), params.get("parse_mode")))
        return {"message_id": message_id, "date": int(time.time()), "chat": chat, "text": text,
                "from": await self._m_getMe({})}

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.edits.append(params)
        chat_id = int(params["chat_id"])
        return {"message_id": int(params["message_id"]), "date": int(time.time()), "chat": self.chat(chat_id),
                "text": str(params.get("text", ""))}

    def _flood_wait(self, chat_id: int, chat_type: str, now: float) -> int:
        """Seconds to wait when this send would break the limits (Telegram's view: arrival times, no margin)."""
        lim = self.limits
        if lim is None:
            return 0
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        if lim.overall_per_s and len(self._recent) >= lim.overall_per_s:
            return 1
        last = self._chat_last.get(chat_id)
        if lim.per_chat_s and last is not None and now - last < lim.per_chat_s:
            return 1
        group = self._group_sends.setdefault(chat_id, deque())
        if is_group(chat_type) and lim.group_per_window:
            while group and group[0] <= now - lim.group_window_s:
                group.popleft()
            if len(group) >= lim.group_per_window:
                return max(1, int(group[0] + lim.group_window_s - now + 1))
            group.append(now)
        self._recent.append(now)
        self._chat_last[chat_id] = now
        return 0

    def stats(self) -> dict[str, Any]:
        with self.lock:
            times = [s.at for s in self.sent]
            return {"sent": len(self.sent), "chats": len({s.chat_id for s in self.sent}), "flood_429s": self.flood_429s,
                    "injected": self.injected, "first": min(times, default=None), "last": max(times, default=None),
                    "now": time.monotonic()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limits", choices=["telegram", "none"], default="telegram")
    args = parser.parse_args()
    limits = Limits(margin=0.0) if args.limits == "telegram" else None
    fake = FakeBotAPI(limits=limits).start()
    print(f"PORT {fake.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
