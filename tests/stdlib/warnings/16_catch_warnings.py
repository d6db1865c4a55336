import warnings

print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
before = warnings.filters
show = warnings.showwarning
cw = warnings.catch_warnings()
with cw as value:
    print(value)
    print(warnings.filters is not before, warnings.filters == before)
    warnings.simplefilter('error')
    print(len(warnings.filters) - len(before))
print(warnings.filters is before, len(warnings.filters))
try:
    with cw:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with warnings.catch_warnings(record=True) as log:
        raise KeyError('inside')
except KeyError:
    print('filters restored', warnings.filters is before, warnings.showwarning is show)

# record=True resets showwarning while inside and collects the messages
warnings.showwarning = lambda *a: print('outer hook', a[0])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(warnings.showwarning is warnings._showwarning_orig)
    warnings.warn('recorded')
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn('inner')
    warnings.warn('outer again')
print([str(w.message) for w in log], [str(w.message) for w in inner])
warnings.warn('after')
warnings.showwarning = show

# 3.11: action, category, lineno and append set a filter on entry
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True, action='ignore', append=True) as log:
    print(warnings.filters[-1])
    warnings.warn('default still applies')
print(len(log))
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print(type(e).__name__, e)


class Fake:
    filters = []
    showwarning = None
    _showwarnmsg_impl = None
    _showwarning_orig = 'orig'
    count = 0

    @classmethod
    def _filters_mutated(cls):
        cls.count += 1

    def __repr__(self):
        return '<Fake>'


fake = Fake()
cm = warnings.catch_warnings(module=fake, record=True)
print(repr(cm))
with cm as log:
    print(fake.showwarning, fake._showwarnmsg_impl == log.append, Fake.count)
print(fake.showwarning, fake._showwarnmsg_impl, Fake.count)
