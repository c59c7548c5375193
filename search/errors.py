"""The one family of domain errors; the edges (API, CLI, UI) translate them for people."""


class AmtswissenError(Exception):
    """Base of every error Amtswissen raises on purpose."""


class ConversionError(AmtswissenError):
    """A file could not be turned into text; the message names the reason."""


class EmbeddingError(AmtswissenError):
    """Text could not be embedded, e.g. it is longer than the model accepts."""


class StoreError(AmtswissenError):
    """The vector store refused an operation or is unreachable / locked."""


class NotFound(AmtswissenError):
    """A requested document, chunk or resource does not exist."""


class AccessDenied(AmtswissenError):
    """The caller may not see the requested resource."""


class ConfigError(AmtswissenError):
    """A setting is invalid or a named model / folder is missing."""
