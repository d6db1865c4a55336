from pathlib import PurePosixPath as P

for s in ['', '/', 'a', 'a.txt', 'a.tar.gz', '.bashrc', '.bashrc.bak', 'a.', 'a..b', '..',
          'dir/file.py', 'dir.d/file', 'x/y.z/', 'name.', '...', '.a.', 'f.TXT',
          'archive.tar.gz.part']:
    p = P(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
