from pathlib import Path

Path('file').write_text('data')
Path('dir').mkdir()
Path('flink').symlink_to('file')
Path('dlink').symlink_to('dir', target_is_directory=True)
Path('broken').symlink_to('missing')
Path('loop').symlink_to('loop')
for n in ['file', 'dir', 'flink', 'dlink', 'broken', 'missing', 'loop', 'file/x', '.', '',
          '/dev/null', 'a\0b']:
    p = Path(n)
    print(repr(n), p.exists(), p.is_file(), p.is_dir(), p.is_symlink(), p.is_fifo(),
          p.is_socket(), p.is_block_device(), p.is_char_device())
print(Path('/').is_mount(), Path('dir').is_mount(), Path('missing').is_mount())
