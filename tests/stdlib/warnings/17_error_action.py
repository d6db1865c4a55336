import warnings

warnings.simplefilter('error')
try:
    warnings.warn('as error')
except UserWarning as e:
    print(type(e).__name__, e, e.args)
inst = RuntimeWarning('the instance', 2)
try:
    warnings.warn(inst)
except RuntimeWarning as e:
    print(e is inst, e.args)


class Custom(Warning):
    def __init__(self, text, extra='x'):
        super().__init__(text)
        self.extra = extra


try:
    warnings.warn('custom', Custom)
except Custom as e:
    print(type(e).__name__, e, e.extra)
try:
    warnings.warn_explicit('explicit', FutureWarning, 'f.py', 3)
except FutureWarning as e:
    print(type(e).__name__, e)
try:
    warnings.warn(123)
except UserWarning as e:
    print(type(e).__name__, e, e.args)
# error only for one category
warnings.resetwarnings()
warnings.simplefilter('error', DeprecationWarning)
warnings.simplefilter('ignore', UserWarning, append=True)
warnings.warn('ignored')
try:
    warnings.warn('dep', DeprecationWarning)
except Warning as e:
    print('caught', type(e).__name__, isinstance(e, Exception))
