import warnings


class Loud(UserWarning):
    def __str__(self):
        return 'LOUD: ' + super().__str__().upper()


warnings.simplefilter('default')
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print('shown', repr(str(m)), c.__name__)
warnings.warn(Loud('quiet'))
warnings.warn(Loud('quiet'))          # same text, same line: once per line
for i in range(2):
    warnings.warn(Loud('quiet'))
warnings.warn(UserWarning('a', 'b'))
warnings.warn(UserWarning())
warnings.warn('')
warnings.warn(('tuple', 'message'))
warnings.warn(None)
print(len([k for k in __warningregistry__ if k != 'version']))
# the text (not the instance) is the registry key
print(sorted(str(k[0]) for k in __warningregistry__ if k != 'version'))
