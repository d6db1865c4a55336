import warnings


count = 0


def attempt(filters, message=None):
    global count
    count += 1
    warnings.filters = filters
    try:
        warnings.warn('m%d' % count if message is None else message)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


warnings.showwarning = lambda *a: print('shown', a[0])
saved = warnings.filters
attempt([('always', None, Warning, None)])
attempt([('always', None, Warning, None, 0, 1)])
attempt([['always', None, Warning, None, 0]])
attempt([('ignore', None, RuntimeWarning, None, 0), 'bad'])
attempt([(5, None, Warning, None, 0)])
attempt([('sometimes', None, Warning, None, 0)])
attempt([('always', None, 5, None, 0)])
attempt([('always', None, Warning, None, 'x')])
attempt([('always', None, Warning, None, 1.0)])
attempt([('always', 'exact text', Warning, None, 0)], 'exact text')
attempt([('ignore', 'exact text', Warning, None, 0)], 'exact text!')
attempt([('error', 'm', Warning, None, 0)], 42)
attempt([('always', None, Warning, '__main__', 0)])
attempt(())
attempt(None)
warnings.filters = []
warnings.defaultaction = 3
attempt([])
warnings.defaultaction = 'ignore'
attempt([])
warnings.defaultaction = 'error'
attempt([])
warnings.defaultaction = 'bogus'
attempt([])
