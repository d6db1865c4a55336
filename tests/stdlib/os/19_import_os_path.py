import os.path
import os.path as osp
from os.path import join, splitext
import sys

print(os.path.join('a', 'b'), osp.basename('x/y.txt'), join('p', 'q'), splitext('f.tar.gz'))
print(osp is os.path, sys.modules['os.path'] is os.path, os.path.__name__)
import posixpath
print(posixpath is os.path)
