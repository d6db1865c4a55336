import warnings


def base(path):
    return path.rsplit('/', 1)[-1]


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain message')
    warnings.warn('with category', RuntimeWarning)
    warnings.warn(FutureWarning('an instance'))
    warnings.warn(DeprecationWarning('instance wins'), UserWarning)
    warnings.warn('kw', category=SyntaxWarning, stacklevel=1)
    warnings.warn(42)
print(type(log).__name__, len(log))
for w in log:
    print(type(w).__name__, w.category.__name__, repr(w.message), type(w.message).__name__,
          base(w.filename), w.lineno, w.file, w.line, w.source)
    print('   args', w.message.args)
