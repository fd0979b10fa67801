// Counts heap allocations for tests that promise a loop allocates nothing. malloc and its
// relatives are defined here, so the dynamic linker binds every library in the test process
// to them; each forwards to glibc's own entry point (__libc_*, not dlsym, which itself calls
// calloc). Only the thread that asked is counted: other tests' threads do not disturb it.
#include "AllocationCounter.h"

#include <errno.h>  // also defines __GLIBC__ where glibc is the C library
#include <stddef.h>

#if defined(__linux__) && defined(__GLIBC__)

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t items, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

#include <execinfo.h>
#include <stdlib.h>
#include <unistd.h>

// Initial-exec TLS in the executable: reading it never allocates, so no recursion.
static __thread bool counting;
static __thread bool tracing;
static __thread unsigned long count;

// With LABBOOK_TRACE_ALLOCATIONS set, each counted allocation prints its call stack to
// stderr, to find the line that allocates when a test fails.
static void trace_allocation(void) {
    counting = false;  // backtrace may allocate the first time
    void *frames[16];
    int depth = backtrace(frames, 16);
    write(STDERR_FILENO, "allocation:\n", 12);
    backtrace_symbols_fd(frames, depth, STDERR_FILENO);
    counting = true;
}

static inline void note_allocation(void) {
    if (!counting) return;
    count += 1;
    if (tracing) trace_allocation();
}

void *malloc(size_t size) {
    note_allocation();
    return __libc_malloc(size);
}

void *calloc(size_t items, size_t size) {
    note_allocation();
    return __libc_calloc(items, size);
}

void *realloc(void *pointer, size_t size) {
    note_allocation();
    return __libc_realloc(pointer, size);
}

void *memalign(size_t alignment, size_t size) {
    note_allocation();
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    note_allocation();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    note_allocation();
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL && size != 0) return ENOMEM;
    *result = pointer;
    return 0;
}

bool allocation_counter_available(void) { return true; }

void allocation_counter_start(void) {
    tracing = getenv("LABBOOK_TRACE_ALLOCATIONS") != NULL;
    count = 0;
    counting = true;
}

unsigned long allocation_counter_stop(void) {
    counting = false;
    return count;
}

#else

bool allocation_counter_available(void) { return false; }
void allocation_counter_start(void) {}
unsigned long allocation_counter_stop(void) { return 0; }

#endif
