__all__ = ['alpha', 'beta', 'VERSION']
VERSION = 3
