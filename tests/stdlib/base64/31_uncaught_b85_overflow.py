import base64

print(base64.b85decode(b"|NsC0"))
base64.b85decode(b"|NsC0|NsC1")
