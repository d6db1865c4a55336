# A raise statement two calls down, inside a loop.
class ValidationError(Exception):
    pass

def validate(record):
    if 'id' not in record:
        raise ValidationError('record without id: %r' % sorted(record))
    return record['id']

def validate_all(records):
    return [validate(r) for r in records]

print(validate_all([{'id': 1}, {'id': 2}]))
validate_all([{'id': 1}, {'name': 'x'}])
