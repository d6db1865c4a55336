# gettempdir/gettempdirb/gettempprefix and the module-level tempdir: types and how they relate
# to the functions that default to them (no absolute path is printed).
import os
import tempfile

d, db = tempfile.gettempdir(), tempfile.gettempdirb()
print(type(d).__name__, type(db).__name__, os.fsdecode(db) == d, os.path.isabs(d))
print(type(tempfile.gettempprefix()).__name__, type(tempfile.gettempprefixb()).__name__)
print(tempfile.gettempprefix().encode() == tempfile.gettempprefixb())
print(tempfile.tempdir == d, type(tempfile.tempdir).__name__)
p = tempfile.mkdtemp()
print(os.path.dirname(p) == d, os.path.basename(p).startswith(tempfile.gettempprefix()))
os.rmdir(p)
fd, q = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(q) == d)
os.remove(q)
with tempfile.NamedTemporaryFile() as f:
    print(os.path.dirname(f.name) == d)
bd = tempfile.mkdtemp(suffix=b'')
print(type(bd).__name__, os.path.dirname(bd) == db)
os.rmdir(bd)
saved = tempfile.tempdir
os.mkdir('local_tmp')
tempfile.tempdir = 'local_tmp'
print(tempfile.gettempdir(), tempfile.gettempdirb())
with tempfile.TemporaryDirectory() as t:
    print(t.startswith('local_tmp/tmp'), os.listdir('local_tmp') == [os.path.basename(t)])
tempfile.tempdir = saved
print(tempfile.gettempdir() == d)
os.rmdir('local_tmp')
print(os.listdir('.'))
