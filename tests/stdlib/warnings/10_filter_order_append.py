import warnings

with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('ignore')
    warnings.simplefilter('error', RuntimeWarning)
    warnings.simplefilter('always', UserWarning, append=True)
    for f in warnings.filters:
        print(f)
    print('--')
    warnings.simplefilter('ignore')            # a duplicate moves to the front
    warnings.simplefilter('error', RuntimeWarning, append=True)   # present: unchanged
    warnings.filterwarnings('once', 'msg', append=True)
    warnings.filterwarnings('once', 'msg', append=True)
    for f in warnings.filters:
        print(f)
    print('--')
    warnings.filterwarnings('module', 'msg')
    warnings.filterwarnings('module', 'msg')
    warnings.simplefilter('default', lineno=5)
    warnings.simplefilter('default', lineno=5, append=1)
    for f in warnings.filters:
        print(f)
    print(len(warnings.filters))
