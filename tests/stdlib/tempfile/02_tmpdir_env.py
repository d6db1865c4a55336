import os
os.mkdir('mytmp')
os.environ['TMPDIR'] = 'mytmp'
import tempfile

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.basename(d), d == os.path.abspath('mytmp'))
p = tempfile.mkdtemp()
print(os.path.dirname(p) == d, os.listdir('mytmp') == [os.path.basename(p)])
os.rmdir(p)
tempfile.tempdir = 'elsewhere'
print(tempfile.gettempdir(), tempfile.gettempdirb())
os.mkdir('elsewhere')
p = tempfile.mkdtemp()
print(p.startswith('elsewhere/tmp'), len(os.path.basename(p)))
tempfile.tempdir = b'elsewhere'
p = tempfile.mkdtemp()
print(type(p).__name__, p.startswith(b'elsewhere/tmp'))
