def make():
    def show():
        print(message)
    show()
    message = "hello"
make()
