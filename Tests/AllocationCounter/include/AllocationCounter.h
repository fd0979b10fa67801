#ifndef LABBOOK_ALLOCATION_COUNTER_H
#define LABBOOK_ALLOCATION_COUNTER_H

#include <stdbool.h>

/// Whether this build replaces malloc and its relatives (glibc on Linux); elsewhere the counter
/// always reads zero and tests that need it should skip.
bool allocation_counter_available(void);

/// Starts counting the heap allocations made on the calling thread, from zero. With
/// LABBOOK_TRACE_ALLOCATIONS set in the environment, each one also prints its call stack.
void allocation_counter_start(void);

/// Stops counting on the calling thread and returns how many allocations it saw.
unsigned long allocation_counter_stop(void);

#endif
