"""Run quotetrack over DataFrames: pandas in one process, Dask across a cluster.

    >>> frame = extract_frame(articles)                  # pandas: one row per quote
    >>> quotes = extract_dask(dask_articles).compute()   # the same rows, computed on Dask workers

Both return the columns of `quotetrack.export.QUOTE_COLUMNS`, with the dtypes of `quotetrack.export.to_frame`,
one row per quote; an article without quotes gives no rows. The ``id`` column carries each article's
identifier (as a string) so quotes can be joined back to their articles; ``quote_index`` numbers the quotes
of one article from 0 in document order. `extract_frame` is a plain function of a pandas DataFrame, so the
same function serves Spark's ``mapInPandas`` and Ray Data's ``map_batches`` (see docs/scale-out.md).

Needs pandas (``pip install 'quotetrack[pandas]'``); `extract_dask` needs Dask
(``pip install 'quotetrack[dask]'``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotetrack.errors import MissingDependencyError
from quotetrack.export import to_frame
from quotetrack.pipeline import analyze

if TYPE_CHECKING:
    import pandas as pd

    from quotetrack.backends.base import Backend

__all__ = ["extract_dask", "extract_frame", "quote_frame_meta"]


def quote_frame_meta() -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes every result of `extract_frame` has (Dask's ``meta``)."""
    return to_frame([])


def extract_frame(
    df: pd.DataFrame,
    text_column: str = "text",
    id_column: str | None = "id",
    *,
    backend: str | Backend | None = None,
) -> pd.DataFrame:
    """Analyse each row's text and return one row per quote with the columns of ``QUOTE_COLUMNS``.

    Args:
        df: a pandas DataFrame of articles.
        text_column: the column holding the article text; a missing value (None, NaN) counts as an
            empty article.
        id_column: the column holding the article identifier, written to the ``id`` column as a string;
            ``None`` uses the DataFrame's index instead.
        backend: the backend name or object, as for `quotetrack.analyze` (default: the embedded rules).

    Rows come out in article order, then quote order; the index is a fresh ``RangeIndex``.

    Raises:
        KeyError: when ``text_column`` or ``id_column`` is not a column of ``df``.
    """
    for column in (text_column, id_column):
        if column is not None and column not in df.columns:
            msg = f"extract_frame: no column {column!r} in the DataFrame (columns: {list(df.columns)})"
            raise KeyError(msg)
    import pandas as pd  # noqa: PLC0415 - the caller has pandas: it passed a DataFrame

    def missing(value: Any) -> bool:
        return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))

    texts = ["" if missing(text) else str(text) for text in df[text_column].tolist()]
    ids = df.index.tolist() if id_column is None else df[id_column].tolist()
    analyses = (
        analyze(text, backend=backend, id=None if missing(ident) else str(ident))
        for text, ident in zip(texts, ids, strict=True)
    )
    return to_frame(analyses)


def extract_dask(
    ddf: Any,
    text_column: str = "text",
    id_column: str | None = "id",
    *,
    backend: str | None = None,
) -> Any:
    """A Dask DataFrame of quotes: `extract_frame` applied to every partition of ``ddf``, lazily.

    Nothing runs until ``.compute()`` (or ``.to_parquet(...)``, ...); each partition is analysed by
    one task on whichever worker the scheduler picks. The result has the columns and dtypes of
    `quote_frame_meta`; its index restarts at 0 in each partition, so sort by ``id`` and ``quote_index``
    (or set an index) when order matters. Give ``backend`` as a name so tasks stay cheap to ship.

    Raises:
        MissingDependencyError: when dask[dataframe] is not installed.
    """
    try:
        import dask.dataframe  # noqa: F401, PLC0415 - optional dependency, imported on use
    except ImportError as error:
        msg = "extract_dask needs Dask, which is not installed: pip install 'quotetrack[dask]'"
        raise MissingDependencyError(msg) from error
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            msg = f"extract_dask: no column {column!r} in the DataFrame (columns: {list(ddf.columns)})"
            raise KeyError(msg)
    return ddf.map_partitions(
        extract_frame,
        text_column=text_column,
        id_column=id_column,
        backend=backend,
        meta=quote_frame_meta(),
        align_dataframes=False,
    )
