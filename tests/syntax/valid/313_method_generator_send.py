class Echo:
    def listen(self):
        received = []
        while True:
            msg = yield len(received)
            if msg is None:
                return received
            received.append(msg)
g = Echo().listen()
next(g)
g.send("hi")
