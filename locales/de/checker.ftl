# checker
