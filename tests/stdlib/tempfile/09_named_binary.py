import os
import tempfile

with tempfile.NamedTemporaryFile(dir='.') as f:
    print(f.mode if hasattr(f, 'mode') else None)
    f.write(b'binary\x00data')
    f.flush()
    f.seek(0)
    print(f.read())
    print(os.path.getsize(f.name))
print(os.path.exists(f.name))
