# The encodings sys reports, and that str/bytes conversions and os use by default.
import os
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print('é€'.encode() == 'é€'.encode(sys.getdefaultencoding()), 'é€'.encode())
print(os.fsencode('é') == 'é'.encode(sys.getfilesystemencoding()))
print(os.fsdecode(b'caf\xc3\xa9'), repr(os.fsdecode(b'caf\xc3\xa9')))
print(b'\xe2\x82\xac'.decode() == '€', str(b'\xe2\x82\xac', sys.getdefaultencoding()))
for f in (sys.getdefaultencoding, sys.getfilesystemencoding, sys.getfilesystemencodeerrors):
    try:
        f(1)
    except TypeError as e:
        print(f.__name__, type(e).__name__)
print(type(sys.getdefaultencoding()).__name__, sys.getdefaultencoding() == 'utf-8')
