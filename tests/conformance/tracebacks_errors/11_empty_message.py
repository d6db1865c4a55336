print("before")
e = ValueError("")
print(repr(e), repr(str(e)), e.args)
def fail():
    raise e
fail()
