"""The MediaStore port on the file system (the default: ``data_dir/media``): one file per
content, named by its SHA-256, written to a temporary name and renamed (never half a file
under a real name)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import tempfile
from pathlib import Path

_HASH = re.compile(r"[0-9a-f]{64}")
_AREA = re.compile(r"[a-z]{1,16}")


class FsMediaStore:
    """``root/<area>/<first two hex digits>/<sha256>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str, area: str) -> Path:
        # Names come from our own hashes, but a bad one must never reach the file system.
        if not _HASH.fullmatch(sha256) or not _AREA.fullmatch(area):
            raise ValueError("bad media name")
        return self.root / area / sha256[:2] / sha256

    def _put(self, data: bytes, area: str) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self._path(digest, area)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    async def put(self, data: bytes, area: str = "media") -> str:
        return await asyncio.to_thread(self._put, data, area)

    def _get(self, sha256: str, area: str) -> bytes | None:
        try:
            return self._path(sha256, area).read_bytes()
        except FileNotFoundError:
            return None

    async def get(self, sha256: str, area: str = "media") -> bytes | None:
        if not _HASH.fullmatch(sha256):
            return None
        return await asyncio.to_thread(self._get, sha256, area)

    async def has(self, sha256: str, area: str = "media") -> bool:
        return _HASH.fullmatch(sha256) is not None and self._path(sha256, area).exists()

    def _delete(self, sha256: str, area: str) -> bool:
        try:
            self._path(sha256, area).unlink()
        except FileNotFoundError:
            return False
        return True

    async def delete(self, sha256: str, area: str = "media") -> bool:
        if not _HASH.fullmatch(sha256):
            return False
        return await asyncio.to_thread(self._delete, sha256, area)

    def _list(self, area: str) -> list[str]:
        base = self.root / area
        if not _AREA.fullmatch(area) or not base.is_dir():
            return []
        return sorted(p.name for p in base.glob("??/*") if p.is_file() and _HASH.fullmatch(p.name))

    async def list(self, area: str = "media") -> list[str]:
        return await asyncio.to_thread(self._list, area)

    async def close(self) -> None:
        return None
