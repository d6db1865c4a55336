"""BaseExceptionGroup and ExceptionGroup (PEP 654), and what `except*` asks of them: the
match of one clause (check_eg_match) and what is raised after the last (prep_reraise_star).
Loaded into builtins at startup; the classes' names and module are the builtin ones."""


def _check_exceptions(cls, exceptions):
    if not hasattr(type(exceptions), '__getitem__') or not hasattr(type(exceptions), '__len__') \
            or isinstance(exceptions, (dict, set, frozenset, str, bytes)):
        raise TypeError('second argument (exceptions) must be a sequence')
    excs = tuple(exceptions)
    if not excs:
        raise ValueError('second argument (exceptions) must be a non-empty sequence')
    all_exceptions = True
    for i, e in enumerate(excs):
        if not isinstance(e, BaseException):
            raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
        if not isinstance(e, Exception):
            all_exceptions = False
    return excs, all_exceptions


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(
                f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, not '
                            f'{type(message).__name__}')
        excs, all_exceptions = _check_exceptions(cls, exceptions)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_with_metadata(self, excs):
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            eg.__notes__ = notes
        return eg

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derive_with_metadata(matched) if matched else None
        r = self._derive_with_metadata(rest) if rest else None
        return m, r

    def subgroup(self, condition):
        match = _matcher(condition)
        if match(self):
            return self
        matched = []
        modified = False
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m = e.subgroup(condition)
                if m is not e:
                    modified = True
                if m is not None:
                    matched.append(m)
            elif match(e):
                matched.append(e)
            else:
                modified = True
        if not modified:
            return self
        return self._derive_with_metadata(matched) if matched else None

    # What `except*` asks (the interpreter finds them here).
    _check_eg_match = staticmethod(lambda exc, t: check_eg_match(exc, t))
    _prep_reraise_star = staticmethod(lambda orig, excs: prep_reraise_star(orig, excs))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected a function, exception type or tuple of exception types')


def check_eg_match(exc, match_type):
    """One `except* T` clause: (rest, match); match is None when nothing matches."""
    types = match_type if isinstance(match_type, tuple) else (match_type,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError(
                'catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError(
                'catching ExceptionGroup with except* is not allowed. Use except instead.')
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        # A naked exception is wrapped, keeping its traceback.
        group = BaseExceptionGroup('', (exc,))
        group.__traceback__ = exc.__traceback__
        return None, group
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return rest, match
    return exc, None


def _leaf_ids(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, out)
    else:
        out.add(id(exc))


def _same_metadata(a, b):
    return (getattr(a, '__notes__', None) is getattr(b, '__notes__', None)
            and a.__traceback__ is b.__traceback__
            and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def prep_reraise_star(orig, excs):
    """What leaves a try with except* clauses: None, or the exception to raise."""
    if not isinstance(orig, BaseExceptionGroup):
        for e in excs:
            if e is not None:
                return e
        return None
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        if _same_metadata(e, orig):
            reraised.append(e)
        else:
            raised.append(e)
    keep = set()
    for e in reraised:
        _leaf_ids(e, keep)
    reraised_eg = None
    if keep:
        reraised_eg = orig.split(lambda leaf: not isinstance(leaf, BaseExceptionGroup)
                                 and id(leaf) in keep)[0]
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) == 1:
        return raised[0]
    return ExceptionGroup('', raised)
