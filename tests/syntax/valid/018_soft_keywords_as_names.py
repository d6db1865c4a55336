match = 1
case = 2
_ = 3
type = int
print(match + case + _, type)
def match_case(match, case):
    return match, case
