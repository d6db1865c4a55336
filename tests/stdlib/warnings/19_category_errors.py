import warnings

warnings.simplefilter('always')
warnings.showwarning = lambda *a: print('shown', a[0], a[1].__name__)
for cat in [int, 5, 'UserWarning', Exception, ValueError, object, (UserWarning,), UserWarning()]:
    try:
        warnings.warn('m', cat)
    except TypeError as e:
        print(type(e).__name__, e)
warnings.warn('m', None)
warnings.warn('m', Warning)
warnings.warn('m', BytesWarning)
# a Warning instance as message overrides any category
warnings.warn(SyntaxWarning('s'), 5)


class Meta(type):
    pass


class Strange(Warning, metaclass=Meta):
    pass


warnings.warn('meta', Strange)
