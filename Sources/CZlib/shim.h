// The system's zlib (on every Linux and macOS): inflating the parts of a .docx.
#include <zlib.h>
