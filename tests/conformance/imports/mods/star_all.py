__all__ = ['public_one', '_exported_private', 'CONST']
public_one = 1
public_two = 2
_exported_private = 'yes'
_hidden = 'no'
CONST = 'c'
