"""Process-wide library settings that cannot be local, applied once at start-up.

unstructured pings a telemetry URL when `unstructured.logger` is imported unless an environment
variable says no, and imports `unstructured.nlp.tokenize` (which downloads NLTK data) from its
text-type module. Both happen at import, so the switches and the offline German hooks
(`ingest.offline_nlp`) must be in place process-wide before the first `import unstructured`.
Everything else a converter needs from a library is set locally, per call (see office.py, pdf.py).

Each entry point calls `prepare_libraries()` at start-up; converters call it too before they
import unstructured, so a forgotten call never reaches the network.

>>> prepare_libraries()
>>> os.environ["DO_NOT_TRACK"]
'true'
"""

from __future__ import annotations

import os
import sys
import threading
import types

from ingest import offline_nlp

OFFLINE_ENVIRONMENT = {
    "SCARF_NO_ANALYTICS": "true",  # unstructured.logger: no telemetry request on import
    "DO_NOT_TRACK": "true",
    "AUTO_DOWNLOAD_NLTK": "false",  # unstructured.nlp.tokenize: no NLTK download on import
}
HOOKS_MODULE = "unstructured.nlp.tokenize"
_lock = threading.Lock()
_prepared = False


def prepare_libraries() -> None:
    """Switch unstructured offline and route its NLP hooks to `offline_nlp` (idempotent)."""
    global _prepared
    with _lock:
        if _prepared:
            return
        os.environ.update(OFFLINE_ENVIRONMENT)
        _route_nlp_hooks()
        _prepared = True


def libraries_prepared() -> bool:
    """Whether `prepare_libraries()` has run in this process."""
    return _prepared


def _route_nlp_hooks() -> None:
    """Stand in for unstructured's NLTK module; if it already loaded, patch its hooks in place."""
    hooks = {
        "sent_tokenize": offline_nlp.sent_tokenize,
        "word_tokenize": offline_nlp.word_tokenize,
        "pos_tag": offline_nlp.pos_tag,
    }
    existing = sys.modules.get(HOOKS_MODULE)
    if existing is None:
        module = types.ModuleType(HOOKS_MODULE, "Offline NLP hooks (amtswissen).")
        module.__dict__.update(hooks)
        sys.modules[HOOKS_MODULE] = module
    else:
        existing.__dict__.update(hooks)
    import unstructured.partition.text_type as text_type

    text_type.__dict__.update(hooks)
    text_type.__dict__["exceeds_cap_ratio"] = offline_nlp.exceeds_cap_ratio
