print("file starts with a UTF-8 byte order mark")
x = "café"
