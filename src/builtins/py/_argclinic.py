"""Cellar's own helper for modules written in Python that stand in for CPython builtins: the
argument errors CPython's Argument Clinic parsers raise, for a call a Python signature would
answer with different words."""


def check(fname, names, posonly, minpos, maxpos, args, kwargs):
    """Raise the TypeError CPython's Argument Clinic keyword parser gives for a wrong call of
    `fname` (parameters `names`, the first `posonly` positional-only, `minpos` to `maxpos`
    positional); return quietly when the call is right."""
    nargs = len(args)
    nkw = len(kwargs)
    maxargs = len(names)
    if nargs + nkw > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)"
                        % (fname, maxargs, '' if nargs else 'keyword ',
                           '' if maxargs == 1 else 's', nargs + nkw))
    if nargs > maxpos:
        if not maxpos:
            raise TypeError("%s() takes no positional arguments" % fname)
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, 'at most' if minpos < maxpos else 'exactly', maxpos,
                           '' if maxpos == 1 else 's', nargs))
    least = min(posonly, minpos)
    if nargs < least:
        raise TypeError("%s() takes %s %d positional argument%s (%d given)"
                        % (fname, 'at least' if least < maxpos else 'exactly', least,
                           '' if least == 1 else 's', nargs))
    left = nkw
    for i in range(max(nargs, posonly), maxargs):
        if left and names[i] in kwargs:
            left -= 1
        elif i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
        elif not left:
            break
    if left:
        for i in range(posonly, nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i], i + 1))
        allowed = names[posonly:]
        for key in kwargs:
            if key not in allowed:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))


def values(fname, names, minpos, args, kwargs):
    """The arguments of a call of `fname` (parameters `names`, all positional-or-keyword, the
    first `minpos` required; only trailing ones may be left out), in order, after `check`."""
    check(fname, names, 0, minpos, len(names), args, kwargs)
    out = list(args)
    for name in names[len(args):]:
        if name not in kwargs:
            break
        out.append(kwargs[name])
    return out
