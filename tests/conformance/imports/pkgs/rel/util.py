print('rel.util: runs, __package__ =', __package__)


def double(x):
    return 2 * x
