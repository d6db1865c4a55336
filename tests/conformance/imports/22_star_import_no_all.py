# from m import * without __all__ skips names starting with an underscore; a package's __all__
# may name submodules, which the star import then imports.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')
sys.path.insert(0, HERE + '/pkgs')

from star_plain import *
for name in ['visible', '_private', '__dunder_like__', 'func', 'Klass', 'math', 'hello']:
    print(name, name in globals())
print(__name__, func(), hello('star'), math.sqrt(16))
from starpkg import *
print(alpha.A, beta.B, VERSION)
print('gamma' in globals(), 'starpkg.gamma' in sys.modules)
