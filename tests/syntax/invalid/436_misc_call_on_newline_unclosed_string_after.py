print("ok")
x = 'unclosed
print("never reached")
