import warnings

warnings.simplefilter('error', UserWarning)
print('before')
warnings.warn('this one escapes')
print('not reached')
