#ifndef LABBOOK_CCMARK_SHIM_H
#define LABBOOK_CCMARK_SHIM_H
#include <cmark.h>
#endif
