import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='spam')
    warnings.warn('spam and eggs')      # matches at the start: ignored
    warnings.warn('SPAM too')           # case-insensitive
    warnings.warn('eggs and spam')      # match() anchors at the start: shown
    warnings.filterwarnings('ignore', message=r'\d+ items?$')
    warnings.warn('3 items')
    warnings.warn('1 item')
    warnings.warn('1 item!')
    warnings.filterwarnings('error', message='boom')
    try:
        warnings.warn('Boom goes')
    except UserWarning as e:
        print('raised', e)
    warnings.filterwarnings('ignore', message='')   # empty: matches everything
    warnings.warn('anything')
print([str(w.message) for w in log])
print([(f[0], f[1]) for f in warnings.filters[:0]])
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='a.c')
    warnings.filterwarnings('default', 'x', UserWarning, 'mod', 3, append=True)
    for f in warnings.filters:
        print(f)
