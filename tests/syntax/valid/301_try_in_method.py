class Parser:
    def parse(self, text):
        try:
            value = int(text)
        except ValueError as exc:
            self.error = exc
            return None
        else:
            return value
        finally:
            self.last = text
p = Parser()
print(p.parse("12"), p.parse("x"), p.last)
