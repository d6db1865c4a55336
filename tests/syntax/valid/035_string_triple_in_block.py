def doc():
    s = """
This text is not indented
        but this is
"""
    return s

class K:
    '''Docstring
    continues here.'''
