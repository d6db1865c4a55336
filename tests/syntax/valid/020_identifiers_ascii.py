a = 1
_b = 2
__c__ = 3
d4 = 4
CamelCase = 5
snake_case_name_2 = 6
_ = a + _b + __c__ + d4 + CamelCase + snake_case_name_2
