"""Heap queues: lists kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

The list operations come from _heapq (Rust); merge, nlargest and nsmallest are written here,
in Python, as CPython writes them in Python.
"""

from _heapq import *
from _heapq import _heapify_max, _heappop_max, _heapreplace_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Yield the items of several sorted iterables in one sorted stream, lazily.

    Each input must already be sorted (by *key*, largest first when *reverse* is true);
    items that compare equal come out in the order of their inputs.
    """
    # One entry per source still running: [sort key, rank, item, iterator]. Ranks are unique
    # (the source's position, negated for a max-heap), so comparing two entries never reaches
    # the item or the iterator, and equal keys come out in source order.
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    entries = []
    for rank, source in enumerate(iterables):
        it = iter(source)
        for item in it:
            entries.append([item if key is None else key(item), rank * sign, item, it])
            break
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def _select(n, iterable, key, largest):
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the best n seen so far in a heap whose top is the worst of them, as decorated
    # entries (item or key, rank[, item]); the ranks (counting down for the largest) keep
    # ties in input order and the comparisons the ones CPython makes.
    it = iter(iterable)
    step = -1 if largest else 1
    if key is None:
        kept = [(item, rank) for rank, item in zip(range(0, n * step, step), it)]
    else:
        kept = [(key(item), rank, item) for rank, item in zip(range(0, n * step, step), it)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        swap = heapreplace
    else:
        _heapify_max(kept)
        swap = _heapreplace_max
    worst = kept[0][0]
    rank = n * step
    for item in it:
        value = item if key is None else key(item)
        if (worst < value) if largest else (value < worst):
            swap(kept, (value, rank) if key is None else (value, rank, item))
            worst = kept[0][0]
            rank += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _select(n, iterable, key, True)
