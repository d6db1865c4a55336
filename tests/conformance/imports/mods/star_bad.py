__all__ = ('real', 'ghost')
real = 'here'
