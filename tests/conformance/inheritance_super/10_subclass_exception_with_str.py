class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field} is {self.problem}"
try:
    raise ValidationError("age", "negative")
except ValueError as e:
    print(type(e).__name__, e, e.args, repr(e))
    print(isinstance(e, ValidationError), isinstance(e, Exception))
raise ValidationError("email", "missing")
