x = '''abc
more text
