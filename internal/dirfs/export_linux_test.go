package dirfs

// IsDir is isDir, for the tests of the listing of file systems that leave
// d_type unknown.
var IsDir = (*Tree).isDir
