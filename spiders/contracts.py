"""Spider contracts that run offline under `scrapy check`: pages come from the shared corpus (file:// URLs).

`@corpus PATH` requests PATH inside the corpus (STORYWATCH_CORPUS, else ../shared/corpus beside the
repository); `@nonempty FIELD ...` fails when an item leaves one of those fields empty.

file: URLs are otherwise refused (spiders/egress.py): a contract's request carries `CORPUS_META`, which no
page or sitemap can set, and `CorpusFileHandler` reads only such requests, and only files inside the corpus.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Request
from scrapy.contracts import Contract
from scrapy.core.downloader.handlers.file import FileDownloadHandler
from scrapy.exceptions import ContractFail, NotSupported
from scrapy.http import Response
from w3lib.url import file_uri_to_path

CORPUS_META = "storywatch_corpus_file"


def corpus_dir() -> Path:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    return Path(os.environ.get("STORYWATCH_CORPUS", default))


class CorpusContract(Contract):
    """@corpus pages/readability-bbc-1/source.html"""

    name = "corpus"

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        path = corpus_dir() / self.args[0]
        args["url"] = path.resolve().as_uri()
        args["meta"] = {**(args.get("meta") or {}), CORPUS_META: True}
        return args


def is_corpus_file(request: Request) -> bool:
    """A contract's request for a file inside the corpus (and nothing else)."""
    if not request.meta.get(CORPUS_META) or not request.url.startswith("file:"):
        return False
    return Path(file_uri_to_path(request.url)).resolve().is_relative_to(corpus_dir().resolve())


class CorpusFileHandler(FileDownloadHandler):
    """The file: handler, for `scrapy check`'s corpus pages only."""

    async def download_request(self, request: Request) -> Response:
        if not is_corpus_file(request):
            raise NotSupported(f"refused: only http(s) URLs can be fetched, not {request.url[:200]!r}")
        return await super().download_request(request)


class NonEmptyContract(Contract):
    """@nonempty title text"""

    name = "nonempty"

    def post_process(self, output: list[Any]) -> None:
        for item in output:
            if not ItemAdapter.is_item(item):
                continue
            adapter = ItemAdapter(item)
            empty = [name for name in self.args if not adapter.get(name)]
            if empty:
                raise ContractFail(f"empty fields: {', '.join(empty)}")
