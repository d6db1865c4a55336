import warnings

code = "warnings.warn('from ' + __name__)"


def run_in(modname):
    g = {'__name__': modname, 'warnings': warnings}
    exec(code, g)
    return g


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='pkg')
    for name in ['pkg', 'pkg.sub', 'pkgx', 'other.pkg', 'PKG', '__main__']:
        run_in(name)
    warnings.filterwarnings('ignore', module=r'other\..*$')
    run_in('other.pkg')
    run_in('other')
    warnings.warn('main itself')
print([str(w.message) for w in log])
print([w.filename for w in log][:2])

# No __name__ in the globals: the module is "<string>"
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', module='<string>')
    try:
        exec("warnings.warn('nameless')", {'warnings': warnings})
    except UserWarning as e:
        print('raised', e)
    # __name__ None: the warning is dropped
    exec("warnings.warn('none name')", {'warnings': warnings, '__name__': None})
    # __name__ not a str: "<string>" again
    try:
        exec("warnings.warn('int name')", {'warnings': warnings, '__name__': 5})
    except UserWarning as e:
        print('raised', e)
print(len(log))
