# import m, import m as x, from m import a, b as c: the module runs once and stays in sys.modules.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

print('before:', 'greet' in sys.modules)
import greet
print('after:', 'greet' in sys.modules)
import greet
import greet as g
print(g is greet, sys.modules['greet'] is greet)
from greet import hello, NAME as who
print(hello('world'), who)
print(hello is greet.hello)
import greet, sys as system
print(system is sys)
greet.NAME = 'changed'
from greet import NAME
print(NAME, who)
print(type(greet).__name__, type(greet) is type(sys))
