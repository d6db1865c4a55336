# str.encode / bytes.decode with utf-16, utf-32 (BOMs, both byte orders), utf-8-sig and cp1252:
# results, error positions and reasons under each error handler; json.loads detects them.
cases=[b'A', b'A\x00B', b'\x00\xd8', b'\x00\xd8A\x00', b'\x00\xdcA\x00', b'\x00\xd8\x00', b'\x00\xd8\x00\xdc', b'\x3d\xd8\x00\xde', b'\xff\xfeA\x00', b'\xfe\xff\x00A', b'\xff\xfe', b'',
       b'A\x00\x00\x00B\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xff\xfe\x00\x00A\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00A', b'A\x00\x00\x00\x00\xd8\x00\x00B\x00\x00\x00',
       b'\xef\xbb\xbfA\xef\xbb\xbf', b'\xef\xbb', b'\xef\xbb\xbf\xff', bytes(range(256)), b'a\x81\x8d\x8f\x90\x9d']
for enc in ['utf-16','utf-16-le','utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'cp1252', 'UTF16', 'windows-1252', 'U32']:
    for c in cases:
        for errors in ['strict', 'replace', 'backslashreplace', 'ignore']:
            try:
                print(enc, c[:12], errors, ascii(c.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, c[:12], errors, 'ERR', e.encoding, e.start, e.end, e.reason, e.object[:12], str(e))
for s in ['', 'A', 'é😀', 'Ā€x', 'a\u0100\u0101b', 'ŒœŠšŸŽž‚ƒ„…†‡ˆ‰‹‘’“”•–—˜™›', '\x81\x8d']:
    for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be','utf-8-sig','cp1252']:
        for errors in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'ignore']:
            try:
                print(enc, ascii(s), errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, ascii(s), errors, 'ERR', e.encoding, e.start, e.end, e.reason, str(e))
import json
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
    print(enc, json.loads('{"k": [1, "é😀"]}'.encode(enc)))
