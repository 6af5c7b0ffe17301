"""Spider contracts that run offline under `scrapy check`: pages come from the shared corpus (file:// URLs).

`@corpus PATH` requests PATH inside the corpus (STORYWATCH_CORPUS, else ../shared/corpus beside the
repository); `@nonempty FIELD ...` fails when an item leaves one of those fields empty.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail


def corpus_dir() -> Path:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    return Path(os.environ.get("STORYWATCH_CORPUS", default))


class CorpusContract(Contract):
    """@corpus pages/readability-bbc-1/source.html"""

    name = "corpus"

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        path = corpus_dir() / self.args[0]
        args["url"] = path.resolve().as_uri()
        return args


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
