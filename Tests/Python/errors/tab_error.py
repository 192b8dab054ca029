if True:
	x = 1
        y = 2
#=> error: 3:9: TabError: inconsistent use of tabs and spaces in indentation
#=>             y = 2
#=>             ^
