#ifndef LABBOOK_CBLAS_SHIM_H
#define LABBOOK_CBLAS_SHIM_H
#include <cblas.h>
#endif
