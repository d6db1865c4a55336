message = "hello"
print(message.upper())
print(message.strip())
print(message.title(), message.count("l"))
print(hasattr(message, "uper"))
print(message.uper())
