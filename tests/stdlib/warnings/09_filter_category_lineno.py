import sys
import warnings


class MyWarning(UserWarning):
    pass


class Sub(MyWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', MyWarning)
    warnings.warn('user')
    warnings.warn('mine', MyWarning)
    warnings.warn('sub', Sub)
    warnings.warn('rt', RuntimeWarning)
    warnings.simplefilter('error', Sub)
    try:
        warnings.warn('sub again', Sub)
    except Sub as e:
        print('raised', type(e).__name__, e)
    here = sys._getframe().f_lineno
    warnings.filterwarnings('ignore', lineno=here + 2)
    warnings.warn('this line is ignored')
    warnings.warn('this line is shown')
    warnings.simplefilter('ignore', lineno=here + 5)
    warnings.warn('ignored too')
    warnings.simplefilter('ignore', (RuntimeWarning, SyntaxWarning))
    warnings.warn('tuple category', SyntaxWarning)
    warnings.warn('not in the tuple', FutureWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
