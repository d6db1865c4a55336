"""Cellar's `fnmatch`: Unix shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched
against file names, by translation to a regular expression (`translate` gives the same
expression text as CPython 3.11)."""

import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    key = (type(pat), pat)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        res = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        res = translate(pat)
    match = re.compile(res).match
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = match
    return match


def fnmatch(name, pat):
    """Whether the name matches the shell pattern (case is significant on POSIX)."""
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return _compile_pattern(pat)(name) is not None


def fnmatchcase(name, pat):
    """Whether the name matches the shell pattern, case included."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The names (of an iterable) that match the pattern, as a list."""
    match = _compile_pattern(posixpath.normcase(pat))
    return [name for name in names if match(name)]


_STAR = object()


def _bracket(pat, i, j):
    """The regular-expression class for the bracket expression pat[i:j] (the text between
    '[' and ']')."""
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that are not range ends, so that each piece's own hyphens
        # (the ranges) stay and the others are escaped.
        pieces = []
        start = i
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            pieces.append(pat[start:k])
            start = k + 1
            k += 3
        last = pat[start:j]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # A range whose start is past its end matches nothing: merge its neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # '&&', '~~' and '||' may become set operations in a future re.
    if '&' in body or '~' in body or '|' in body:
        body = ''.join('\\' + c if c in '&~|' else c for c in body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # Text between two stars matches minimally and atomically, so that a pattern with many
    # stars cannot backtrack exponentially.
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1  # the star
        start = i
        while i < n and parts[i] is not _STAR:
            i += 1
        fixed = ''.join(parts[start:i])
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
