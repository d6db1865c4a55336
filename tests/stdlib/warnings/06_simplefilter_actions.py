import warnings


def run(action, times=3):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(times):
            warnings.warn('same text')      # one line: the same key each time
        warnings.warn('same text')          # another line
        warnings.warn('other text')
    print(action, len(log), [(w.message.args[0], w.lineno - base) for w in log])


base = 0
base = run.__code__.co_firstlineno
for action in ['always', 'default', 'module', 'once', 'ignore']:
    run(action)
try:
    run('error')
except UserWarning as e:
    print('error raised', type(e).__name__, e)
