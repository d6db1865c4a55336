# basicConfig with a file name and a text encoding and error handler, and FileHandler's own ones.
import logging

logging.basicConfig(filename='enc.log', filemode='w', encoding='utf-8', errors='strict',
                    format='%(message)s')
h = logging.root.handlers[0]
print(h.encoding, h.errors, h.mode)
logging.warning('caf\u00e9 \u2713')
h.close()
with open('enc.log', encoding='utf-8') as f:
    print(repr(f.read()))
logging.basicConfig(filename='enc2.log', filemode='w', force=True)
h2 = logging.root.handlers[0]
print(h2.encoding, h2.errors)
logging.error('\u00fcber')
h2.close()
with open('enc2.log') as f:
    print(repr(f.read()))
fh = logging.FileHandler('plain.log', mode='w', delay=True, errors='replace')
print(fh.encoding, fh.errors, fh.mode, fh.stream)
fh.close()
