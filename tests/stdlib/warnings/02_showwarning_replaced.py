import warnings

calls = []


def hook(message, category, filename, lineno, file=None, line=None):
    print('hook:', repr(message), category.__name__, filename == __file__, lineno, file, line)


warnings.simplefilter('always')
old = warnings.showwarning
warnings.showwarning = hook
warnings.warn('first')
warnings.warn('second', ResourceWarning)
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 12)
warnings.showwarning = old
print(warnings.showwarning is warnings._showwarning_orig)

# A replaced showwarning that is not callable
warnings.showwarning = 'nope'
try:
    warnings.warn('bad hook')
except TypeError as e:
    print(type(e).__name__, e)
warnings.showwarning = old


# _showwarnmsg itself can be replaced: it gets the WarningMessage
def msghook(msg):
    print('msghook:', msg.message, msg.category.__name__, msg.lineno, msg.file, msg.line)


orig = warnings._showwarnmsg
warnings._showwarnmsg = msghook
warnings.warn('to the msg hook')
warnings._showwarnmsg = 12
try:
    warnings.warn('not callable')
except TypeError as e:
    print(type(e).__name__, e)
warnings._showwarnmsg = orig
