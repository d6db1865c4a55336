import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
d = tempfile.gettempdir()
print(type(d).__name__, os.path.isabs(d), os.path.isdir(d), tempfile.gettempdir() is d or tempfile.gettempdir() == d)
print(tempfile.gettempdirb() == os.fsencode(d), tempfile.tempdir == d)
print(sorted(tempfile.__all__))
