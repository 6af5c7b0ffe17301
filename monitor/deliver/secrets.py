"""Channel credentials: Apprise URLs and webhook signing secrets live outside the archive.

They are kept in a JSON file readable only by the service's user (`STORYWATCH_SECRETS`, default
`<db>.secrets.json`, mode 0600: a file others can read is refused) or named as `env:NAME`, an environment
variable read when the notification goes out. The archive keeps a masked label (`mask_url`) and the
reference. Every text that could carry a credential on its way to a log or a stored error (a service's
reply, an exception) goes through `Redactor` first.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from monitor.errors import ConfigError

SECRETS_ENV = "STORYWATCH_SECRETS"
FILE = "file"
_HOSTLIKE = re.compile(r"^(localhost|[0-9.]+|\[[0-9a-f:]+\]|[a-z0-9-]+(\.[a-z0-9-]+)+)$", re.IGNORECASE)


def secrets_path(db_path: str, env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get(SECRETS_ENV) or f"{db_path}.secrets.json")


def mask_url(url: str) -> str:
    """What an operator may see of a destination: the scheme and, when it is a real host name, the host and
    port; user names, passwords, paths and queries (where tokens live) become '***'."""
    parts = urlsplit(url.strip()) if "://" in url else None
    scheme = (parts.scheme.lower() if parts else "") or "?"
    try:
        host = (parts.hostname if parts else "") or ""
        port = parts.port if parts else None
    except ValueError:  # tgram://123456:TOKEN/... : what looks like a port is a token
        return f"{scheme}://***"
    if not host or not _HOSTLIKE.match(host):
        return f"{scheme}://***"
    where = f"{host}:{port}" if port else host
    assert parts is not None
    rest = "/***" if (parts.path not in ("", "/") or parts.query or parts.username) else ""
    return f"{scheme}://{where}{rest}"


def secret_parts(value: str) -> list[str]:
    """A credential and the pieces of it that a library might print on their own: for a URL, its user
    information, password, path segments and query values (at least 4 characters each)."""
    parts = {value}
    try:
        url = urlsplit(value)
    except ValueError:
        url = None
    if url is not None and url.scheme and "://" in value:
        try:
            host = url.hostname or ""
        except ValueError:
            host = ""
        pieces = [url.username or "", url.password or "", url.netloc.rpartition("@")[0], url.path.strip("/"),
                  url.query, *url.path.split("/"), *(v for _, v in parse_qsl(url.query))]
        where = url.netloc.rpartition("@")[2]
        name, _, port = where.partition(":")
        if host and not _HOSTLIKE.match(host):  # slack://TokenA/... : the "host" is a token
            pieces += [where, name]
        if port and not port.isdigit():  # tgram://123456:TOKEN/... : so is the "port"
            pieces += [where, port]
        for piece in pieces:
            parts.update({piece, unquote(piece)})
    return sorted((p for p in parts if len(p) >= 4), key=len, reverse=True)


class Redactor:
    """Replaces every known credential (and its parts) with '***' in a text."""

    def __init__(self, secrets: Iterable[str] = ()):
        self.parts: list[str] = []
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        found = {p for s in secrets if s for p in secret_parts(s)} | set(self.parts)
        self.parts = sorted(found, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for part in self.parts:
            if part in text:
                text = text.replace(part, "***")
        return text


class Secrets:
    """The secrets file (created 0600) and `env:NAME` references. Build one per process in an entry point."""

    def __init__(self, path: Path, env: Mapping[str, str] | None = None):
        self.path = path
        self.env = os.environ if env is None else env
        self._data: dict[str, Any] | None = None
        self._mtime: float | None = None

    def _load(self) -> dict[str, Any]:
        try:
            info = self.path.stat()
        except FileNotFoundError:
            self._data, self._mtime = {"channels": {}}, None
            return self._data
        if self._data is not None and info.st_mtime == self._mtime:
            return self._data
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(f"{self.path}: the secrets file must be readable by its owner only: "
                              f"chmod 600 {self.path}")
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{self.path}: cannot read the secrets file: {type(exc).__name__}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("channels"), dict):
            raise ConfigError(f"{self.path}: not a storywatch secrets file (no 'channels' object)")
        self._data, self._mtime = data, info.st_mtime
        return data

    def _save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            os.fchmod(out.fileno(), 0o600)
            json.dump(data, out, indent=2)
        os.replace(temp, self.path)
        self._data, self._mtime = None, None

    def put(self, channel_id: int, **values: str) -> None:
        """Store a channel's credentials (`url`, `secret`) in the file."""
        self.put_many({channel_id: values})

    def put_many(self, entries: Mapping[int, Mapping[str, str]]) -> None:
        """Store several channels' credentials in one rewrite of the file."""
        data = self._load()
        for channel_id, values in entries.items():
            data["channels"].setdefault(str(channel_id), {}).update(values)
        self._save(data)

    def remove(self, channel_id: int) -> None:
        data = self._load()
        if data["channels"].pop(str(channel_id), None) is not None:
            self._save(data)

    def resolve(self, ref: str | None, channel_id: int, field: str) -> str:
        """The credential a reference points at. Raises ConfigError naming what is missing (never its value)."""
        if ref and ref.startswith("env:"):
            value = self.env.get(ref[4:], "").strip()
            if not value:
                raise ConfigError(f"channel {channel_id}: the environment variable {ref[4:]} is not set")
            return value
        value = self._load()["channels"].get(str(channel_id), {}).get(field)
        if not value:
            raise ConfigError(f"channel {channel_id}: no {field} in {self.path}")
        return str(value)

    def literal(self, value: str) -> str:
        """What an operator typed: a credential itself, or `env:NAME` read from the environment now."""
        if value.startswith("env:"):
            found = self.env.get(value[4:], "").strip()
            if not found:
                raise ConfigError(f"the environment variable {value[4:]} is not set")
            return found
        return value.strip()

    def known(self) -> list[str]:
        """Every credential in the file (for redacting logs); environment references are added by the caller."""
        values: list[str] = []
        for entry in self._load()["channels"].values():
            values += [str(v) for v in entry.values() if v]
        return values
