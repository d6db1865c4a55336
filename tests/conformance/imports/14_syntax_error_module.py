# A SyntaxError in an imported module is raised by the import statement.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

for name in 'bad_syntax', 'bad_paren', 'bad_indent':
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError))
        print('  msg:', e.msg)
        print('  lineno:', e.lineno, 'offset:', e.offset)
        print('  text:', repr(e.text))
        print('  filename:', e.filename.replace(HERE, '<topic>'))
    print(' ', name in sys.modules)
