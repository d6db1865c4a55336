# build up some bytes, then concatenate a str by mistake (uncaught)
header = b'HDR'
body = bytearray()
for i in range(4):
    body += bytes([65 + i]) * 2
    print(i, body)
packet = header + bytes(body)
print(packet, len(packet))
print(packet.hex(' '))
trailer = 'END'
print('about to fail')
result = packet + trailer
print('not reached', result)
