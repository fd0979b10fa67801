#ifndef LABBOOK_CZLIB_SHIM_H
#define LABBOOK_CZLIB_SHIM_H
#include <zlib.h>
#endif
