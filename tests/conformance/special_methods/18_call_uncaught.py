class Formatter:
    def __init__(self, template):
        self.template = template
    def __call__(self, value):
        return self.template.format(value)
fmt = Formatter("<{}>")
print(fmt(42))
print(fmt("x"))
print(fmt())
