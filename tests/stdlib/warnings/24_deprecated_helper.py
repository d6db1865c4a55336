import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings._deprecated('spam', remove=(3, 99))
    warnings._deprecated('eggs', 'custom: {name} until {remove}', remove=(4, 0))
    warnings._deprecated('ham', remove=(3, 11), _version=(3, 11, 0, 'alpha', 1))
for w in log:
    print(w.category.__name__, w.message)
for args in [dict(remove=(3, 10)), dict(remove=(3, 11)),
             dict(remove=(3, 12), _version=(3, 12, 0, 'beta', 1))]:
    try:
        warnings._deprecated('old', **args)
    except RuntimeError as e:
        print(type(e).__name__, e)
print(warnings._DEPRECATED_MSG)
